"""Nothing lost, nothing false (issue 13): output, cache and export under faults and hostile
input. Each test reproduces a defect that was found, through the installed command where only
a real process shows it (full disks, closed pipes and streams, FIFOs), or through the core."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsfacts.base.cache import path_tag
from homsfacts.base.loader import load
from homsfacts.base.reading import check_file
from homsfacts.errors import ExitStatus

from .conftest import BASE_PATH, minimal, row_checksum, run, synthetic_base, write
from .test_installed import environment


@pytest.fixture(scope="module")
def big_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.toml"
    path.write_text(synthetic_base(3000), encoding="utf-8")
    return path


def _run(args: list[str], **options: object) -> subprocess.CompletedProcess[bytes]:
    env = options.pop("env", None) or environment()
    return subprocess.run(args, capture_output=True, env=env, check=False,  # type: ignore[call-overload, no-any-return]
                          **options)


# -- 1 and 9: every byte is written, or the exit says it was not -------------------------------


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.installed
@pytest.mark.parametrize("args", [["export"], ["timeline", "--json"], ["timeline"],
                                  ["export", "-f", "sqlite"]])
def test_a_full_disk_is_an_output_error_never_a_silent_truncation(
        script: str, big_base: Path, tmp_path: Path, args: list[str]) -> None:
    target = tmp_path / "out"
    with target.open("wb") as out:
        result = subprocess.run([script, "--data", str(big_base), *args], stdout=out,
                                stderr=subprocess.PIPE, env=environment(), check=False,
                                preexec_fn=_file_size_limit(65536))
    assert result.returncode == ExitStatus.OUTPUT
    assert result.stderr.startswith(b"homsfacts: ")  # stdout, or the database on its way there
    assert b"cannot" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.installed
@pytest.mark.parametrize("args", [["timeline"], ["who", "colvin", "--json"], ["sources"]])
def test_dev_full_is_an_output_error(script: str, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([script, *args], stdout=full, stderr=subprocess.PIPE,
                                env=environment(), check=False)
    assert result.returncode == ExitStatus.OUTPUT
    assert result.stderr.decode().startswith("homsfacts: cannot write the answer")
    assert result.stderr.count(b"\n") == 1  # the message, and no complaint at exit


@pytest.mark.installed
@pytest.mark.parametrize("args", [["export"], ["export", "-f", "sqlite"], ["timeline", "--json"]])
def test_a_large_answer_into_head_exits_141(script: str, big_base: Path, args: list[str]) -> None:
    command = " ".join([f"'{script}'", "--data", str(big_base), *args])
    result = subprocess.run(["bash", "-c", f"{command} | head -c 10 >/dev/null; "
                             "echo ${PIPESTATUS[0]}"], capture_output=True, env=environment(),
                            check=False)
    assert result.stdout.decode().strip() == str(int(ExitStatus.BROKEN_PIPE))
    assert b"Traceback" not in result.stderr


# -- 2: --out replaces only regular files ----------------------------------------------------------


def test_out_never_replaces_a_fifo_or_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        result = run("export", "--out", str(target), "--force")
        assert result.exit_code == ExitStatus.OUTPUT
        assert "not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_dangling_symlink_needs_force_like_any_name(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "nowhere")
    assert run("export", "--out", str(link)).exit_code == ExitStatus.OUTPUT
    assert run("export", "--out", str(link), "--force").exit_code == 0
    assert json.loads(link.read_text(encoding="utf-8"))["schema_version"] == 1


def test_an_export_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert run("export", "--out", str(tmp_path / "h.json")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "h.json").st_mode) == 0o644


# -- 3, 4 and 8: the cache is checked, private, rebuilt when damaged, and swept --------------------


def _answers(*args: str) -> str:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _built(cache: Path) -> Path:
    load(BASE_PATH)
    (file,) = cache.glob("*.sqlite")
    return file


def _edit_body(file: Path, record_id: str, old: str, new: str, *,
               forge_checksum: bool = False) -> None:
    """Change a stored record behind homsfacts' back, as ``sqlite3`` would; with
    ``forge_checksum``, as someone who knows how the row's checksum is made."""
    with sqlite3.connect(file) as connection:
        (body,) = connection.execute("SELECT body FROM records WHERE id = ?",
                                     (record_id,)).fetchone()
        forged = body.replace(old.encode(), new.encode())
        stored = row_checksum(record_id, forged) if forge_checksum else connection.execute(
            "SELECT checksum FROM records WHERE id = ?", (record_id,)).fetchone()[0]
        connection.execute("UPDATE records SET body = ?, checksum = ? WHERE id = ?",
                           (forged, stored, record_id))


QUESTIONS = [("figure", "prewar"), ("who", "colvin"), ("timeline",), ("sources",),
             ("search", "siege"), ("where", "homs")]


def test_an_edited_row_never_prints_its_forged_fact(cache: Path) -> None:
    truth = _answers("--no-cache", "figure", "prewar")
    _edit_body(_built(cache), "homs-prewar-population", "800000", "9999999")
    assert _answers("figure", "prewar") == truth
    assert "9,999,999" not in truth


def test_a_damaged_row_behind_an_intact_seal_is_still_caught(cache: Path) -> None:
    """Bit rot changes no time stamp: the row's own checksum is the second line."""
    from homsfacts.base import cache as cache_entries

    truth = _answers("--no-cache", "figure", "prewar")
    file = _built(cache)
    _edit_body(file, "homs-prewar-population", "800000", "900000")
    seal = json.loads(file.with_name(file.name + ".seal").read_text(encoding="utf-8"))
    cache_entries._seal(file, seal["stat"])  # as if the bytes had rotted under an intact seal
    opened = load(BASE_PATH)
    assert opened.cached
    assert opened.resolve("prewar", record_type="figure")["value"] == 800000
    assert not opened.cached  # answered from the file, rebuilt in memory
    assert _answers("figure", "prewar") == truth


def test_damage_of_every_kind_is_rebuilt_from_the_file(cache: Path) -> None:
    truths = {question: _answers("--no-cache", *question) for question in QUESTIONS}
    file = _built(cache)
    os.chmod(file, 0o600)
    with sqlite3.connect(file) as connection:
        connection.execute("DROP TABLE records")  # meta matches; a table is gone
    for question, truth in truths.items():
        assert _answers(*question) == truth, question


def test_a_private_cache_edited_with_a_forged_checksum_is_refused_not_resealed(
        cache: Path) -> None:
    """Someone who can write the cache file and knows how a row's checksum is made: the seal
    (the file's CRC when it was written) is the line that holds, and the file is dropped."""
    truth = _answers("--no-cache", "who", "colvin")
    file = _built(cache)
    _edit_body(file, "marie-colvin", "Marie Colvin", "FORGED NAME", forge_checksum=True)
    assert stat.S_IMODE(os.stat(file).st_mode) & 0o077 == 0  # private: only the seal is left
    opened = load(BASE_PATH)
    assert not opened.cached
    assert opened.resolve("colvin")["name"] == "Marie Colvin"
    result = run("who", "colvin")
    assert result.exit_code == 0
    assert "FORGED" not in result.stdout
    assert "Marie Colvin" in result.stdout
    assert _answers("who", "colvin") == truth
    assert load(BASE_PATH).cached  # rebuilt from the file and sealed again


def test_a_planted_cache_in_a_shared_folder_is_refused(cache: Path, tmp_path: Path) -> None:
    truth = _answers("--no-cache", "who", "colvin")
    file = _built(cache)
    _edit_body(file, "marie-colvin", "Marie Colvin", "FORGED NAME", forge_checksum=True)
    os.chmod(file, 0o666)  # anyone may have written it
    assert _answers("who", "colvin") == truth
    os.chmod(file, 0o600)
    os.chmod(cache, 0o777)  # or the folder is open to all
    assert _answers("who", "colvin") == truth


def _resealed(file: Path) -> None:
    """Seal an altered cache again, as someone who can write the cache folder and knows how
    the seal is made: the seal then tells nothing, and the checks behind it must."""
    from homsfacts.base import cache as caches

    seal_file = file.with_name(file.name + ".seal")
    seal = json.loads(seal_file.read_text(encoding="utf-8"))
    os.chmod(seal_file, 0o600)
    caches._write_seal(file, {**seal, "cache": caches._signature(file.stat()),
                              "crc": caches._crc_of(file)})


def test_a_resealed_cache_is_still_refused_when_others_may_write_it(cache: Path) -> None:
    truth = _answers("--no-cache", "who", "colvin")
    file = _built(cache)
    _edit_body(file, "marie-colvin", "Marie Colvin", "FORGED NAME", forge_checksum=True)
    os.chmod(file, 0o666)  # anyone may have written it
    _resealed(file)
    assert _answers("who", "colvin") == truth


def test_a_resealed_cache_whose_build_did_not_finish_is_rebuilt(cache: Path) -> None:
    truth = _answers("--no-cache", "who", "colvin")
    file = _built(cache)
    with sqlite3.connect(file) as connection:  # a build cut off before its last record
        connection.execute("DELETE FROM records WHERE id = 'marie-colvin'")
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'complete'")
    _resealed(file)
    assert _answers("who", "colvin") == truth


def test_only_files_homsfacts_made_are_deleted_from_the_cache_folder(
        cache: Path, tmp_path: Path) -> None:
    # HOMSFACTS_CACHE_DIR may point at a folder the user keeps other files in.
    cache.mkdir(mode=0o700)
    path = write(tmp_path, minimal())
    tag = path_tag(path)
    theirs = [cache / ".notes.tmp", cache / f".{tag}-draft.tmp", cache / ".homsfacts-x.tmp",
              cache / f"{tag}-my-own.sqlite", cache / f"{tag}-{'0' * 32}.sqlite.bak"]
    for file in theirs:
        file.write_text("mine", encoding="utf-8")
        os.utime(file, (0, 0))  # old enough for any sweep
    load(path)
    write(tmp_path, minimal("# edited\n"))
    load(path)  # a second entry for the same file replaces the first
    assert all(file.read_text(encoding="utf-8") == "mine" for file in theirs)
    assert len(list(cache.glob(f"{tag}-*.sqlite"))) == 2  # ours, and the user's own


def test_the_cache_folder_is_created_private(cache: Path) -> None:
    _built(cache)
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


def test_stale_temporary_files_are_swept_and_pipes_are_not_cached(cache: Path,
                                                                  tmp_path: Path) -> None:
    cache.mkdir(mode=0o700)
    leftover = cache / ".homsfacts-deadbeef-abc_1234.tmp"
    leftover.write_bytes(b"x" * 1000)
    os.utime(leftover, (0, 0))  # left by a build interrupted long ago
    path = write(tmp_path, minimal())
    load(path)
    assert not leftover.exists()
    before = sorted(cache.iterdir())
    read_end, write_end = os.pipe()
    os.write(write_end, minimal().encode())
    os.close(write_end)
    assert load(f"/dev/fd/{read_end}").of_type("source")
    os.close(read_end)
    assert sorted(cache.iterdir()) == before


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=400_000),
                          st.binary(min_size=1, max_size=64)), min_size=1, max_size=8))
def test_random_bytes_in_the_cache_never_change_an_answer(
        tmp_path_factory: pytest.TempPathFactory, damage: list[tuple[int, bytes]]) -> None:
    folder = tmp_path_factory.mktemp("cache")
    os.environ["HOMSFACTS_CACHE_DIR"] = str(folder)
    truths = {question: run("--no-cache", *question, "--json").stdout for question in QUESTIONS}
    load(BASE_PATH)
    (file,) = folder.glob("*.sqlite")
    data = bytearray(file.read_bytes())
    for offset, chunk in damage:
        start = offset % len(data)
        data[start:start + len(chunk)] = chunk
    file.write_bytes(bytes(data[:len(file.read_bytes())]))
    for question, truth in truths.items():
        result = run(*question, "--json")
        # The base is valid: a damaged cache is rebuilt from it, never reported as a bad base.
        assert result.exit_code == 0, (question, result.stderr)
        assert result.stdout == truth, question


# -- 5: validation is linear, capped and bounded -------------------------------------------------


def test_validation_counts_every_problem_and_a_terminal_shows_the_first_hundred(
        tmp_path: Path) -> None:
    strays = "".join(f"stray_{number} = 1\n" for number in range(500))
    path = write(tmp_path, "schema_version = 1\n" + strays + minimal().split("\n", 1)[1])
    findings = check_file(path)
    assert len(findings) == 500  # every problem, and nothing that is not one
    assert {finding.code for finding in findings} == {"unknown-field"}
    result = run("validate", str(path), "--json")
    assert len(result.json()) == 500
    assert "500 problems in 1 file" in result.stderr
    table = run("validate", str(path), "-f", "table", env={"COLUMNS": "120"})
    assert table.stdout.count("stray_") == 100
    assert "and 400 more not shown here" in table.stdout
    assert "500 problems in 1 file" in table.stderr


def test_a_huge_bad_value_gives_a_short_message(tmp_path: Path) -> None:
    huge = "X" * 100_000
    path = write(tmp_path, minimal(f'\n[[events]]\nid = "{huge}"\ndate = "2012"\n'
                                   'summary = "s"\nsources = [{ source = "src", '
                                   'paragraphs = [1] }]\n'))
    for finding in check_file(path):
        assert len(str(finding)) < 1000


# -- 6 and 7: no traceback for hostile names, streams and widths ----------------------------------


@pytest.mark.installed
@pytest.mark.parametrize(
    ("command", "code", "message"),
    [("'{s}' --data /tmp/homsfacts-loop-a timeline", 3,
      "homsfacts: /tmp/homsfacts-loop-a: cannot be read (Too many levels of symbolic links)"),
     ("'{s}' --data $'lat\\xe9.toml' timeline", 3, "homsfacts: lat\\udce9.toml: no such file"),
     ("'{s}' show $'\\xff'", 1, "homsfacts: no record has the id '\ufffd'"),
     ("head -c 4000 /dev/urandom | '{s}' show -", 1, "homsfacts: no record has the id '"),
     ("'{s}' who - <&-", 2, "homsfacts: stdin is closed: there is nothing to read"),
     ("'{s}' figure >&-", 4, "homsfacts: cannot write the answer to stdout: stdout is closed"),
     ("HOMSFACTS_CACHE_DIR=relcache '{s}' who colvin", 0, None),
     ("PYTHONIOENCODING=ascii '{s}' timeline", 0, None),
     ("LC_ALL=C PYTHONUTF8=0 '{s}' timeline", 0, None),
     ("'{s}' --data nul.toml figure 2>&-", 3, None)],  # stderr is closed: only the exit says
)
def test_hostile_input_gets_a_message_and_a_documented_exit(
        script: str, tmp_path: Path, command: str, code: int, message: str | None) -> None:
    loop = Path("/tmp/homsfacts-loop-a")
    if not loop.is_symlink():
        loop.symlink_to("/tmp/homsfacts-loop-b")
        Path("/tmp/homsfacts-loop-b").symlink_to(loop)
    result = subprocess.run(["bash", "-c", command.format(s=script)], capture_output=True,
                            cwd=tmp_path, env=environment(), check=False)
    assert result.returncode == code, result.stderr
    assert b"Traceback" not in result.stderr
    if message is not None:
        assert message in result.stderr.decode("utf-8", "replace"), result.stderr
    elif code == 0:
        assert result.stdout.strip(), "an answer"


@pytest.mark.installed
def test_an_absurd_width_is_clamped(script: str) -> None:
    result = _run([script, "timeline", "--chart"], env=environment(COLUMNS="99999999"))
    assert result.returncode == 0
    assert max(map(len, result.stdout.decode().splitlines())) <= 1000


def test_a_zero_width_terminal_still_prints() -> None:
    from .terminal import render

    code, shown, _ = render("timeline", 0)
    assert code == 0
    assert "protests-begin" in shown
