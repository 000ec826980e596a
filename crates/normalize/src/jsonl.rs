//! JSON-lines front ends shared by the CLI and the examples.

use std::io::{self, BufRead, Write};

use serde::{de::DeserializeOwned, Serialize};

/// Maps each non-blank JSON line of `input` to one JSON line of `output`.
/// A line that is not valid UTF-8 or not a valid input object is reported
/// on standard error with its line number and skipped: one bad line does
/// not cost the rest of the run.
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
        let item = match line {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => serde_json::from_str::<I>(&line).map_err(|e| e.to_string()),
            // `lines` has consumed the bad line; the next one reads on.
            Err(e) if e.kind() == io::ErrorKind::InvalidData => Err(e.to_string()),
            Err(e) => return Err(e),
        };
        match item {
            Ok(item) => {
                serde_json::to_writer(&mut output, &map(item))?;
                output.write_all(b"\n")?;
            }
            Err(reason) => eprintln!(
                "line {}: skipped, not a valid input object: {reason}",
                number + 1
            ),
        }
    }
    output.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_skipped_and_the_run_goes_on() {
        let input: &[u8] = b"{\"n\": 1}\nnot json\n{\"n\": \"two\"}\n\xFF\xFE\n\n{\"n\": 3}\n";
        let mut output = Vec::new();
        map_json_lines(input, &mut output, |item: serde_json::Value| {
            item["n"].clone()
        })
        .expect("bad lines are not fatal");
        assert_eq!(String::from_utf8_lossy(&output), "1\n\"two\"\n3\n");
    }
}
