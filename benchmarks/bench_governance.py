"""Governance at county and national scale, in one run.

For each size (boards x years of history, see ``governance_register.py``) it times:

- ``build``: building the register through the API (``Register.add_*``, one record at a time);
- ``check``: ``check_references`` (run on every JSON import and store save);
- ``attendance``: ``attendance_by_member`` and ``attendance_rate`` over every board;
- ``export``: the JSON export of the whole bundle to a file (``export_json``, streamed from C++);
- ``pack``: ``boardroom pack STORE --board B --meeting D`` for one meeting, as a separate
  process (start-up, reading the store and rendering included), with its peak resident memory;
- and, in a process of its own, the memory the JSON export needs over the loaded store.

Quick operations are the best of three runs.

It prints each time, its ratio to the previous size and to the smallest, and the growth
exponent fitted (least squares on logs) over the sizes from 10 x 5 on, against the number of
meetings in the register. A size is skipped when the previous one's build, extrapolated
quadratically, would take longer than ``--budget`` seconds.

    python benchmarks/bench_governance.py                      # 1x1 10x5 50x10 200x20
    python benchmarks/bench_governance.py --sizes 1x1 10x5 --keep /tmp/stores
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import governance_register as gr  # noqa: E402

from boardroom import governance as gv  # noqa: E402
from boardroom._core import governance as g  # noqa: E402
from boardroom.store import export_json, init_store  # noqa: E402

# Peak memory from VmHWM, which starts afresh with the new program (ru_maxrss of a child
# can keep the parent's high-water mark from before exec).
_PEAK = """
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0
"""

_PACK = _PEAK + """
import json, sys, time
t = time.perf_counter()
from boardroom.cli import main
rc = main(sys.argv[1:])
elapsed = time.perf_counter() - t
print(json.dumps({"rc": rc, "in_process": elapsed, "peak": peak()}), file=sys.stderr)
"""

# Reading the store, then the JSON export: peak memory after each.
_EXPORT = _PEAK + """
import json, os, sys
from boardroom.store import export_json, open_store
with open_store(sys.argv[1], "read_only") as store:
    bundle = store.load()
loaded = peak()
export_json(bundle, sys.argv[2])
print(json.dumps({"loaded": loaded, "peak": peak(), "size": os.path.getsize(sys.argv[2])}), file=sys.stderr)
"""


def _timed(fn, repeat: int = 1):  # type: ignore[no-untyped-def]
    """The best time of up to ``repeat`` runs (runs stop once one takes a second or more)."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
        if best >= 1.0:
            break
    return best, result


def run_size(boards: int, years: int, folder: Path, public: bool) -> dict[str, float]:
    out: dict[str, float] = {}
    out["build"], bundle = _timed(lambda: gr.build_bundle(boards, years))
    reg = bundle.records
    out["meetings"] = float(len(reg.meetings))
    out["records"] = float(
        len(reg.meetings) + len(reg.attendance) + len(reg.actions) + len(reg.minutes) + len(reg.memberships)
    )
    out["check"], _ = _timed(reg.check_references, 3)
    out["attendance"], _ = _timed(lambda: (g.attendance_by_member(reg), gv.attendance_rate(reg)), 3)
    exported = folder / "export.json"
    out["export"], _ = _timed(lambda: export_json(bundle, exported), 3)
    out["export_mb"] = exported.stat().st_size / 1e6
    store = folder / f"register-{boards}x{years}.sqlite"
    if store.exists():
        store.unlink()
    out["save"], _ = _timed(lambda: init_store(store, bundle))
    del bundle, reg
    board, day = gr.pack_target(boards, years)
    args = [str(store), "--board", board, "--meeting", day.isoformat(), "--out", str(folder / "pack.html")]
    if public:
        args.append("--public")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PACK, "pack", *args], capture_output=True, text=True, check=False)
    out["pack"] = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"pack failed at {boards}x{years}:\n{done.stderr}")
    report = json.loads(done.stderr.strip().splitlines()[-1])
    out["pack_peak_mb"] = report["peak"] / 2**20
    out["pack_html_kb"] = (folder / "pack.html").stat().st_size / 1024
    done = subprocess.run([sys.executable, "-c", _EXPORT, str(store), str(exported)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"export failed at {boards}x{years}:\n{done.stderr}")
    report = json.loads(done.stderr.strip().splitlines()[-1])
    out["export_extra_mb"] = (report["peak"] - report["loaded"]) / 2**20
    return out


def exponent(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-9)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


OPS = ("build", "check", "attendance", "export", "pack")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1x1", "10x5", "50x10", "200x20"])
    parser.add_argument("--budget", type=float, default=600.0, help="skip a size whose build would take longer")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder")
    parser.add_argument("--public", action="store_true", help="make public packs")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-governance-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, float]] = {}
    previous = None
    for boards, years in sizes:
        name = f"{boards}x{years}"
        if previous is not None:
            scale = boards * years / (previous[0] * previous[1])
            projected = results[f"{previous[0]}x{previous[1]}"]["build"] * scale**2
            if projected > args.budget:
                print(f"{name}: skipped (build projected at {projected:,.0f} s quadratically)", flush=True)
                continue
        results[name] = run_size(boards, years, folder, args.public)
        r = results[name]
        print(
            f"{name}: {int(r['meetings']):,} meetings, {int(r['records']):,} records; "
            + ", ".join(f"{op} {r[op]:.3f} s" for op in OPS)
            + f"; pack peak {r['pack_peak_mb']:,.0f} MiB; JSON {r['export_mb']:,.1f} MB"
            + f", export needs {r['export_extra_mb']:,.0f} MiB over the loaded store",
            flush=True,
        )
        previous = (boards, years)
    names = list(results)
    print()
    print("| operation | " + " | ".join(names) + " | exponent (10x5 on) |")
    print("|---|" + "---|" * len(names) + "---|")
    fitted = [n for n in names if n != "1x1"]
    for op in OPS:
        cells = [f"{results[n][op]:,.3f} s" for n in names]
        exp = (
            f"{exponent([results[n]['meetings'] for n in fitted], [results[n][op] for n in fitted]):.2f}"
            if len(fitted) >= 2
            else ""
        )
        print(f"| {op} | " + " | ".join(cells) + f" | {exp} |")
    print("| pack peak memory | " + " | ".join(f"{results[n]['pack_peak_mb']:,.0f} MiB" for n in names) + " | |")
    print("| JSON export: memory over the loaded store | "
          + " | ".join(f"{results[n]['export_extra_mb']:,.0f} MiB" for n in names) + " | |")
    print("| JSON document | " + " | ".join(f"{results[n]['export_mb']:,.1f} MB" for n in names) + " | |")
    if "1x1" in results:
        base = results["1x1"]["pack"]
        print()
        print("pack time relative to 1x1: " + ", ".join(f"{n} {results[n]['pack'] / base:.2f}x" for n in names))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if not args.keep:
        for f in folder.iterdir():
            f.unlink()
        os.rmdir(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
