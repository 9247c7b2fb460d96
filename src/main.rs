//! The `seloste` command.

fn main() -> std::process::ExitCode {
    seloste::cli::main()
}
