"""The store and JSON interchange from Python: round trips, one writer, privacy, closing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from boardroom import errors
from boardroom.store import example_bundle, export_json, import_json, open_store
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
