//! What errcodes prints about itself for shells and manuals: completion scripts
//! (`clap_complete`) and roff manual pages (`clap_mangen`), both from the one clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::args::Args;

/// The completion script for `shell`.
pub(crate) fn completions(shell: Shell) -> String {
    let mut command = Args::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "errcodes", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// The manual page of errcodes, or of one of its commands (`errcodes-check(1)`).
pub(crate) fn man(name: Option<&str>) -> Result<String, String> {
    let mut command = Args::command().disable_help_subcommand(true);
    command.build();
    let page = match name {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
                return Err(format!(
                    "no command `{name}`: the commands are {}",
                    names.join(", ")
                ));
            }
        },
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .map_err(|e| format!("internal error: {e}"))?;
    Ok(String::from_utf8_lossy(&roff).into_owned())
}
