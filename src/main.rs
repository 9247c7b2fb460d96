//! The `seloste` command.

/// mimalloc instead of the system allocator: checking and rendering allocate
/// many short strings, and glibc's malloc and free were about a fifth of a
/// render's time (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    seloste::cli::main()
}
