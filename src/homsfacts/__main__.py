from homsfacts.cli import main

main()
