//! JSON-lines front ends shared by the CLI and the examples.

use std::io::{self, BufRead, Write};

use serde::{de::DeserializeOwned, Serialize};

/// Maps each non-blank JSON line of `input` to one JSON line of `output`.
/// A line that is not a valid input object stops the run with an error
/// naming its line number.
pub fn map_json_lines<I, O>(
    input: impl BufRead,
    mut output: impl Write,
    mut map: impl FnMut(I) -> O,
) -> io::Result<()>
where
    I: DeserializeOwned,
    O: Serialize,
{
    for (number, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let item: I = serde_json::from_str(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {}: not a valid input object: {e}", number + 1),
            )
        })?;
        serde_json::to_writer(&mut output, &map(item))?;
        output.write_all(b"\n")?;
    }
    output.flush()
}
