//! `sayso sieves`: the cascade in the order it runs (after `--only` / `--skip`), one sieve a
//! row: position, name, what evidence it uses, and an example it attributes.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context as _;

use crate::args::SievesArgs;
use crate::rules::build_attributor;

/// Runs `sayso sieves`.
pub fn run(args: SievesArgs) -> anyhow::Result<ExitCode> {
    let attributor = build_attributor(&args.rules)?;
    let rows: Vec<[String; 4]> = attributor
        .sieves()
        .enumerate()
        .map(|(i, s)| {
            [
                (i + 1).to_string(),
                s.name().to_string(),
                s.description().to_string(),
                s.example().to_string(),
            ]
        })
        .collect();
    let mut out = BufWriter::new(io::stdout().lock());
    write_table(&mut out, ["#", "NAME", "DESCRIPTION", "EXAMPLE"], &rows)
        .and_then(|()| out.flush())
        .context("writing output")?;
    if rows.is_empty() {
        let _ = writeln!(io::stderr(), "sayso: the cascade is empty");
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `rows` under `header` as columns padded to their widest cell (counted in chars);
/// the last column is not padded.
fn write_table<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut line = |cells: [&str; N]| -> io::Result<()> {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            s.push_str(cell);
            if i + 1 < N {
                let pad = widths[i] - cell.chars().count() + 2;
                s.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(header)?;
    for row in rows {
        line(row.each_ref().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_chars() {
        let mut out = Vec::new();
        let rows = [
            ["1".to_string(), "a-b".to_string(), "“x”".to_string()],
            ["2".to_string(), "c".to_string(), "y".to_string()],
        ];
        write_table(&mut out, ["#", "NAME", "EX"], &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "#  NAME  EX\n1  a-b   “x”\n2  c     y\n");
    }
}
