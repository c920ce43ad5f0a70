import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on Linux everywhere Node runs. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); null where it cannot be read. Unlike
 * wall time it hardly moves with what else the machine runs, so benchmarks report it beside their rates.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The summed CPU time of several processes; null when none could be read. */
export function totalCpuMs(pids: readonly number[]): number | null {
  const times = pids.map(processCpuMs).filter((ms): ms is number => ms !== null);
  return times.length ? times.reduce((sum, ms) => sum + ms, 0) : null;
}
