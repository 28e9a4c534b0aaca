#!/usr/bin/env python3
"""CPU time of a whole process split by its threads, from the kernel's own accounting.

Usage: bench/threadcpu.py OUTPUT_FILE COMMAND [ARG ...]

Runs COMMAND with its standard output written to OUTPUT_FILE, samples /proc/PID/task/*/stat every
20 ms while it runs, and prints on standard error the user+sys CPU seconds of each group of threads
(JVM thread names, trailing numbers folded: "notelint-worker" for all workers, "C2 CompilerThre" for
the optimising compiler, "java" for the main thread that reads and writes), the total, the busiest
single thread, and the wall time. A thread's last sample before it ends is what counts, so a thread
that lives less than 20 ms may be missed (the JVM's threads live for the whole run).

Linux only. CPU time, unlike wall time, does not grow when other processes hold the cores, so the
split stays meaningful on a busy machine; with N free cores the run would take at least
max(total / N, busiest thread), which the script prints as the lower bound of the wall time.
"""
import collections
import os
import re
import subprocess
import sys
import time

def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    tick = os.sysconf('SC_CLK_TCK')
    with open(sys.argv[1], 'wb') as out:
        start = time.monotonic()
        proc = subprocess.Popen(sys.argv[2:], stdout=out)
        last = {}
        pids = [proc.pid]
        while proc.poll() is None:
            # the launcher script execs java, so the pid stays the same
            for tid in os.listdir(f'/proc/{proc.pid}/task') if os.path.isdir(f'/proc/{proc.pid}/task') else []:
                try:
                    with open(f'/proc/{proc.pid}/task/{tid}/stat') as f:
                        s = f.read()
                except OSError:
                    continue
                name = s[s.index('(') + 1:s.rindex(')')]
                fields = s[s.rindex(')') + 2:].split()
                last[tid] = (name, int(fields[11]) + int(fields[12]))
            time.sleep(0.02)
        wall = time.monotonic() - start
    groups = collections.Counter()
    for name, ticks in last.values():
        groups[re.sub(r'#?\d+$', '', name).strip()] += ticks / tick
    total = sum(groups.values())
    busiest = max((t / tick for _, t in last.values()), default=0.0)
    load = open('/proc/loadavg').read().split()[0]
    print(f'exit {proc.returncode}, wall {wall:.1f} s at load {load}; CPU (user+sys) {total:.2f} s, '
          f'busiest thread {busiest:.2f} s', file=sys.stderr)
    for name, secs in groups.most_common():
        if secs >= 0.05:
            print(f'  {name:18s} {secs:7.2f} s  {100 * secs / total:5.1f}%', file=sys.stderr)
    sys.exit(0)

main()
