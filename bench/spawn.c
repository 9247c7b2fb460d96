/* spawn: run a command, report its wall time and peak RSS.
 *
 *   spawn RESULT_FILE COMMAND [ARG...]
 *
 * Writes "<wall seconds> <peak RSS KiB> <exit status>" to RESULT_FILE and
 * exits with the command's exit code (128 + signal when it was killed).
 *
 * Why not Python's subprocess: a child forked from the benchmark's Python
 * process inherits its resident-set high-water mark (about 20 MB), so small
 * commands would all report the same floor; and the clock here covers only
 * fork, exec and wait. bench/run compiles this with cc into
 * target/bench-tools/spawn and falls back to Python when no compiler exists.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: spawn RESULT_FILE COMMAND [ARG...]\n");
        return 125;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("spawn: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("spawn: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("spawn: wait4");
        return 125;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *f = fopen(argv[1], "w");
    if (f) {
        fprintf(f, "%.9f %ld %d\n", wall, ru.ru_maxrss, code);
        fclose(f);
    }
    return code;
}
