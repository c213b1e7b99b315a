"""The store and JSON interchange from Python: round trips, one writer, privacy, closing, and
safety: no lost updates, read-only media, atomic init, damage found, FIFOs refused."""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from boardroom import errors
from boardroom.store import example_bundle, export_json, import_json, init_store, open_store
from boardroom._core.io import bundle_to_json


def test_example_round_trips_through_store_and_json(tmp_path: Path) -> None:
    bundle = example_bundle()
    tables: list[str] = []
    with open_store(tmp_path / "board.sqlite", "create", on_progress=lambda table, rows: tables.append(table)) as store:
        store.save(bundle)
        loaded = store.load()
        store.verify()
    assert "meetings" in tables and "rag_ratings" in tables
    # The store gives the plan its id; everything else comes back as it went in.
    assert loaded.plans[0].id == 1
    assert bundle_to_json(loaded).replace('"id": 1,\n      "title": "Pan', '"id": null,\n      "title": "Pan') == bundle_to_json(bundle)
    export_json(loaded, tmp_path / "board.json")
    assert bundle_to_json(import_json(tmp_path / "board.json")) == bundle_to_json(loaded)
    assert len(loaded.plans[0].actions) == 40
    assert len(loaded.records.actions) == 4


def test_a_second_writer_is_told_the_store_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "board.sqlite"
    bundle = example_bundle()
    with open_store(path, "create") as store:
        store.save(bundle)
    entered, release = threading.Event(), threading.Event()

    def slow_progress(table: str, rows: int) -> None:
        entered.set()
        release.wait(10)

    def writer() -> None:
        with open_store(path, on_progress=slow_progress) as store:
            store.save(bundle)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert entered.wait(10)
        with open_store(path, busy_timeout_ms=50) as second:
            with pytest.raises(errors.StorageError, match="the store is busy"):
                second.save(bundle)
            assert len(second.load().records.meetings) == 4, "readers still see the last commit"
    finally:
        release.set()
        thread.join()


def test_public_json_never_carries_private_data(tmp_path: Path) -> None:
    bundle = example_bundle()
    text = bundle_to_json(bundle, public_only=True)
    assert '"public": true' in text
    with pytest.raises(errors.DisclosureError):
        bundle_to_json(bundle, public_only=True, include_contact_details=True)
    with pytest.raises(errors.DisclosureError):
        bundle_to_json(bundle, public_only=True, include_exempt_content=True)


def test_closed_store_and_bad_files(tmp_path: Path) -> None:
    store = open_store(tmp_path / "board.sqlite", "create")
    store.close()
    assert store.closed
    with pytest.raises(errors.StorageError, match="closed"):
        store.load()
    not_a_store = tmp_path / "notes.sqlite"
    not_a_store.write_text("minutes, not a database", encoding="utf-8")
    with pytest.raises(errors.StorageError):
        open_store(not_a_store)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "boardroom", "version": 99}', encoding="utf-8")
    with pytest.raises(errors.InputError):
        import_json(bad)
    with pytest.raises(errors.StorageError):
        import_json(tmp_path / "missing.json")


def _example_contact_strings() -> list[str]:
    """Every telephone number and email address of the example's contacts table, as printed."""
    from boardroom.examples import example_path

    strings: list[str] = []
    lines = (example_path("cpb-2015-09-17") / "contacts.tsv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if "\t" in line)
    for line in lines[header + 1 :]:
        cells = line.split("\t")
        if len(cells) == 4 and cells[0] and cells[3]:
            words = cells[3].split()
            strings += [w for w in words if "@" in w]
            strings.append(" ".join(w for w in words if "@" not in w))
    return [s for s in strings if s]


def test_example_contacts_stay_out_of_public_exports_and_packs(tmp_path: Path) -> None:
    from boardroom.report import board_pack

    private_strings = _example_contact_strings()
    assert private_strings == ["01695 52361"], "the transcribed row of the seed's contacts table"
    bundle = example_bundle()
    private_json = bundle_to_json(bundle)
    public_json = bundle_to_json(bundle, public_only=True)
    private_pack = board_pack()
    public_pack = board_pack(public=True, out=tmp_path / "public.html")
    export_json(bundle, tmp_path / "public.json", public=True)
    for text in private_strings:
        assert text in private_json, "the private document keeps contact details"
        assert text in private_pack, "the private action log gives the owners' contact details"
        assert text not in public_json
        assert text not in public_pack
        assert text not in (tmp_path / "public.html").read_text(encoding="utf-8")
        assert text not in (tmp_path / "public.json").read_text(encoding="utf-8")
    with pytest.raises(errors.DisclosureError):
        bundle_to_json(bundle, public_only=True, include_contact_details=True)


# ---- safety: lost updates, read-only media, atomic init, damage, paths that are not files

_SAVER = """
import sys
from boardroom.errors import StorageError
from boardroom.store import open_store

# A generous busy timeout: what is tested is the refusal, not how long a loaded machine takes.
with open_store(sys.argv[1], busy_timeout_ms=30_000) as store:
    bundle = store.load()
    print("loaded", flush=True)
    sys.stdin.readline()
    if sys.argv[2] == "drop plans":
        bundle.plans = []
    try:
        store.save(bundle)
    except StorageError as error:
        print(f"refused: {error}", flush=True)
        sys.exit(1)
    print("saved", flush=True)
"""


def test_a_save_over_someone_elses_save_is_refused(tmp_path: Path) -> None:
    path = init_store(tmp_path / "board.sqlite", example_bundle())
    with open_store(path) as alice, open_store(path) as bob:
        alices, bobs = alice.load(), bob.load()
        alices.plans = []
        alice.save(alices)
        with pytest.raises(errors.StorageError, match="changed since you loaded it") as caught:
            bob.save(bobs)
        assert "\n" not in str(caught.value) and str(path) in str(caught.value)
        assert bob.load().plans == [], "Alice's change is kept"
        bob.save(bob.load())  # loading again is what makes the next save safe


def test_a_save_over_a_save_in_another_process_is_refused(tmp_path: Path) -> None:
    path = init_store(tmp_path / "board.sqlite", example_bundle())

    def start(what: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), what],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    first, second = start("drop plans"), start("keep plans")
    try:
        for process in (first, second):
            assert process.stdout is not None and process.stdout.readline() == "loaded\n"
        # Both have loaded; the first saves, then the second.
        out, err = first.communicate("\n", timeout=60)
        assert (first.returncode, out) == (0, "saved\n"), err
        out, err = second.communicate("\n", timeout=60)
        assert second.returncode == 1, err
        assert out.startswith("refused: ") and "changed since you loaded it" in out
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.kill()
            process.communicate()  # closes the pipes
    with open_store(path, "read_only") as store:
        assert store.load().plans == [], "the first save was not silently lost"


def _open_and_load(path: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        with open_store(path) as store:
            store.load()
        results.put("ok")
    except Exception as error:  # reported to the parent, which fails the test
        results.put(repr(error))


def test_programs_opening_a_new_store_at_once_all_open_it(tmp_path: Path) -> None:
    """A new store is switched to its write-ahead log as it is built, so programs opening it at
    the same moment do not find it busy (SQLite does not wait for the switch)."""
    import multiprocessing

    bundle = example_bundle()
    context = multiprocessing.get_context("fork")
    for attempt in range(8):
        path = str(init_store(tmp_path / f"board-{attempt}.sqlite", bundle))
        barrier, results = context.Barrier(3), context.Queue()
        processes = [context.Process(target=_open_and_load, args=(path, barrier, results)) for _ in range(3)]
        for process in processes:
            process.start()
        outcomes = [results.get(timeout=120) for _ in processes]
        for process in processes:
            process.join(timeout=120)
        assert outcomes == ["ok"] * 3


def _on_read_only_media(tmp_path: Path, files: list[Path], script: str) -> subprocess.CompletedProcess[str] | None:
    """Runs `script` (Python) with `files` copied onto a read-only tmpfs at tmp_path/media, in a mount
    namespace of its own; None where no such mount can be made."""
    media = tmp_path / "media"
    media.mkdir()
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    copies = " ".join(shlex.quote(str(f)) for f in files)
    shell = (
        f"mount -t tmpfs -o size=16m tmpfs {shlex.quote(str(media))} || exit 77; cp {copies} {shlex.quote(str(media))} "
        f"&& mount -o remount,ro {shlex.quote(str(media))} || exit 77; "
        f"exec {shlex.quote(sys.executable)} -c {shlex.quote(script)}"
    )
    as_root = [] if os.geteuid() == 0 else ["--map-root-user"]
    result = subprocess.run(
        [unshare, "--mount", *as_root, "sh", "-c", shell], capture_output=True, text=True, timeout=120, check=False
    )
    return None if result.returncode == 77 or "unshare failed" in result.stderr else result


def test_a_wal_store_on_read_only_media_opens_read_only(tmp_path: Path) -> None:
    path = init_store(tmp_path / "board.sqlite", example_bundle())
    with open_store(path) as store:  # a read-write open leaves it in WAL mode
        store.verify()
    script = (
        "import sys\n"
        "from boardroom.store import open_store\n"
        "from boardroom.cli import main\n"
        f"with open_store({str(tmp_path / 'media' / 'board.sqlite')!r}, 'read_only') as store:\n"
        "    store.verify()\n"
        "    print(len(store.load().records.meetings))\n"
        f"sys.exit(main(['export', {str(tmp_path / 'media' / 'board.sqlite')!r}, '--out', {str(tmp_path / 'out.json')!r}]))\n"
    )
    result = _on_read_only_media(tmp_path, [path], script)
    if result is None:
        if os.geteuid() == 0:
            pytest.skip("cannot mount a read-only file system here, and chmod does not stop root")
        # A folder that cannot be written stands in for read-only media.
        (tmp_path / "media" / "board.sqlite").write_bytes(path.read_bytes())
        (tmp_path / "media").chmod(0o555)
        try:
            result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
        finally:
            (tmp_path / "media").chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "4\n"
    assert '"meetings"' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_init_on_a_full_disk_leaves_nothing_behind(tmp_path: Path) -> None:
    def small_files() -> None:
        # A file size limit stands in for a full disk: writes past it fail rather than kill.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))

    folder = tmp_path / "stores"
    folder.mkdir()
    command = [sys.executable, "-m", "boardroom", "init", "board.sqlite", "--example"]
    result = subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=120, check=False, preexec_fn=small_files
    )
    assert result.returncode == 1
    error_lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(error_lines) == 1 and error_lines[0].startswith("boardroom: error: board.sqlite: "), result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == [], "no half-made store that would then 'already exist'"
    again = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    with open_store(folder / "board.sqlite", "read_only") as store:
        store.verify()


def test_verify_reports_damage_inside_a_page(tmp_path: Path) -> None:
    path = init_store(tmp_path / "board.sqlite", example_bundle())
    data = bytearray(path.read_bytes())
    at = data.find(b"2015-09-17")
    assert at > 4096, "inside a page after the header page"
    data[at : at + 10] = b"20\xff\xfe-0\x01-17"
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(bytes(data))
    with open_store(copy, "read_only") as store:
        with pytest.raises(errors.StorageError, match="the store is damaged"):
            store.verify()


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "board.sqlite"
    os.mkfifo(fifo)
    script = (
        "import sys\n"
        "from boardroom.errors import StorageError\n"
        "from boardroom.store import open_store\n"
        "for mode in ('read_only', 'read_write', 'create'):\n"
        "    try:\n"
        "        open_store(sys.argv[1], mode)\n"
        "    except StorageError as error:\n"
        "        print(error)\n"
    )
    # A timeout, so that a regression fails instead of hanging the test run.
    result = subprocess.run(
        [sys.executable, "-c", script, str(fifo)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{fifo}: the store path is a named pipe (FIFO), not a file boardroom can "
                                          "keep a store in"] * 3
    cli = subprocess.run(
        [sys.executable, "-m", "boardroom", "export", str(fifo), "--out", str(tmp_path / "out.json")],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert cli.returncode == 1
    assert cli.stderr.splitlines() == [f"boardroom: error: {fifo}: the store path is a named pipe (FIFO), not a "
                                       "file boardroom can keep a store in"]


def test_export_streams_the_document_and_leaves_no_temporary_file_on_refusal(tmp_path: Path) -> None:
    """export_json writes the JSON text from C++ straight into the temporary file: the same text
    as bundle_to_json, private and public; a refused public export leaves the old file alone."""
    from boardroom._core.governance import AgendaPart

    bundle = example_bundle()
    target = tmp_path / "board.json"
    export_json(bundle, target)
    assert target.read_text(encoding="utf-8") == bundle_to_json(bundle)
    export_json(bundle, target, public=True, unmarked_part=AgendaPart.PUBLIC, indent=-1)
    assert target.read_text(encoding="utf-8") == bundle_to_json(
        bundle, public_only=True, unmarked_part=AgendaPart.PUBLIC, indent=-1)
    before = target.read_text(encoding="utf-8")
    register = bundle.records
    minutes = register.minutes
    for minute in minutes:
        minute.part = None  # as from an older store: the gate cannot tell what may be published
    register.minutes = minutes
    bundle.records = register
    with pytest.raises(errors.DisclosureError):
        export_json(bundle, target, public=True)
    assert target.read_text(encoding="utf-8") == before
    assert sorted(os.listdir(tmp_path)) == ["board.json"]
