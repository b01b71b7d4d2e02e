from homsfacts.cli.commands import main

main()
