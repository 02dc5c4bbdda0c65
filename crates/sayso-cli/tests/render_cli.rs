//! `sayso render` as a command: what it writes, its exit codes, and that the page needs nothing
//! from the network.

use std::path::PathBuf;
use std::process::Command;

fn temp_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!(
        "sayso-render-cli-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sayso() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sayso"))
}

#[test]
fn writes_one_self_contained_page() {
    let dir = temp_dir("page");
    std::fs::write(
        dir.join("a.txt"),
        "“The vote is on Friday,” the speaker said.\n",
    )
    .unwrap();
    let out = dir.join("out.html");
    let status = sayso()
        .arg("render")
        .arg(dir.join("a.txt"))
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains(">“The vote is on Friday,”</mark>"));
    // Nothing to fetch: no external scripts, styles, fonts or images.
    for needle in [" src=", "<link", "@import", "url(", "http://", "https://"] {
        assert!(!page.contains(needle), "page contains {needle:?}");
    }
    assert!(page.contains("default-src 'none'"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unreadable_input_is_reported_and_the_rest_rendered() {
    let dir = temp_dir("missing");
    std::fs::write(dir.join("ok.txt"), "“Yes,” she said.\n").unwrap();
    let out = dir.join("out.html");
    let run = sayso()
        .arg("render")
        .arg(dir.join("ok.txt"))
        .arg(dir.join("absent.txt"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("absent.txt"));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains(">“Yes,”</mark>"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_input_is_a_usage_error() {
    let run = sayso()
        .args(["render", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no input"));
}
