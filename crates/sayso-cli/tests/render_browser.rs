//! `sayso render` opened in a real headless browser (Debian's `chromium`): what a reader would
//! see once the page's own script has run. Skips, saying so, when /usr/bin/chromium is missing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sayso_attribution::Span;
use sayso_cli::html::{GoldSpan, RenderDoc, render};
use sayso_cli::report::{Record, SpeakerRecord, TextSpan};

const CHROMIUM: &str = "/usr/bin/chromium";

/// A script a hostile document carries: if it ever ran, the title would change and a
/// `#pwned` element would appear.
const HOSTILE: &str = "<script>document.title='pwned';var p=document.createElement('div');\
                       p.id='pwned';document.body.appendChild(p)</script>";

fn chromium_or_skip(test: &str) -> Option<&'static str> {
    if Path::new(CHROMIUM).exists() {
        Some(CHROMIUM)
    } else {
        println!("SKIPPED {test}: {CHROMIUM} not found (apt-get install -y chromium)");
        None
    }
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!(
        "sayso-render-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs headless chromium on `url` with `extra` flags, killing it after two minutes; its stdout.
fn chromium(bin: &str, dir: &Path, extra: &[String], url: &str) -> String {
    let profile = dir.join(format!("profile-{}", extra.len()));
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within two minutes on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// The DOM after the page's scripts ran.
fn dump_dom(bin: &str, dir: &Path, url: &str) -> String {
    let dom = chromium(bin, dir, &["--dump-dom".to_string()], url);
    assert!(dom.contains("<html"), "no DOM from chromium for {url}");
    dom
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.canonicalize().unwrap().display())
}

/// Every element whose start tag contains `needle`: (start tag, inner HTML).
fn elements<'a>(dom: &'a str, needle: &str) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = dom[from..].find(needle) {
        let at = from + i;
        from = at + needle.len();
        // Only needles inside a start tag (not in text, the stylesheet or the script).
        let Some(start) = dom[..at + 1].rfind('<') else {
            continue;
        };
        if dom[start..at].contains('>') || dom[start + 1..].starts_with('/') {
            continue;
        }
        let tag_end = at + dom[at..].find('>').unwrap() + 1;
        let name: String = dom[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let (open, close) = (format!("<{name}"), format!("</{name}>"));
        let mut depth = 1;
        let mut pos = tag_end;
        while depth > 0 {
            let next_close = pos + dom[pos..].find(&close).expect("closing tag");
            let next_open = dom[pos..next_close]
                .match_indices(&open)
                .map(|(j, _)| pos + j)
                .find(|&j| matches!(dom.as_bytes()[j + open.len()], b' ' | b'>'));
            match next_open {
                Some(j) => {
                    depth += 1;
                    pos = j + open.len();
                }
                None => {
                    depth -= 1;
                    pos = next_close + close.len();
                }
            }
        }
        out.push((&dom[start..tag_end], &dom[tag_end..pos - close.len()]));
    }
    out
}

/// The text a reader sees in some inner HTML: tags dropped, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in a start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// The texts of the first fragments of every highlighted quotation, with the label after each.
fn quotations(dom: &str) -> Vec<(String, String)> {
    elements(dom, " class=\"q ")
        .into_iter()
        .filter(|(tag, _)| attr(tag, "id").is_some_and(|id| id.contains("-q")))
        .map(|(tag, inner)| {
            let after = &dom[dom.find(tag).unwrap() + tag.len() + inner.len() + "</mark>".len()..];
            let label = elements(after, " class=\"who ")
                .first()
                .map(|(_, t)| text_of(t))
                .unwrap_or_default();
            (text_of(inner), label)
        })
        .collect()
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn binary_report_highlights_quotations_and_keeps_document_scripts_inert() {
    let Some(bin) = chromium_or_skip("binary_report_highlights_quotations") else {
        return;
    };
    let dir = temp_dir("binary");
    let article = format!(
        "Budget talks\n\n“We will respond to this within the week,” Ana Ruiz said on Monday.\n\n\
         The minister added that the plan was “fully funded” and “ready to go.”\n\n{HOSTILE}\n\n\
         <img src=x onerror=\"document.title='pwned'\"> & <b>bold</b>\n"
    );
    std::fs::write(dir.join("article.txt"), &article).unwrap();
    let jsonl = serde_json::json!({
        "id": "odd\"><img src=x onerror=\"document.title='pwned'\">",
        "text": "“Nothing has been decided yet,” Ben Ode told reporters.",
    });
    std::fs::write(dir.join("more.jsonl"), format!("{jsonl}\n")).unwrap();
    let report = dir.join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .arg("render")
        .arg(dir.join("article.txt"))
        .arg(dir.join("more.jsonl"))
        .arg("-o")
        .arg(&report)
        .status()
        .unwrap();
    assert!(status.success());

    let dom = dump_dom(bin, &dir, &file_url(&report));
    // The page's own script ran; the documents' did not.
    assert!(
        dom.contains("data-ready=\"1\""),
        "the page script did not run"
    );
    assert!(dom.contains("<title>sayso: 2 documents</title>"));
    assert!(!dom.contains("pwned\""), "a document's script ran");
    assert!(
        !dom.contains("<img"),
        "a document's markup became an element"
    );
    assert!(dom.contains("&lt;script&gt;document.title='pwned'"));
    assert!(dom.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(dom.contains("odd\"&gt;&lt;img src=x"));

    // Each quotation is highlighted exactly around its text, with a speaker label beside it
    // naming somebody the text names (or saying there is nobody).
    let quotes = quotations(&dom);
    let texts: Vec<&str> = quotes.iter().map(|(q, _)| q.as_str()).collect();
    for expected in [
        "“We will respond to this within the week,”",
        "“fully funded”",
        "“ready to go.”",
        "“Nothing has been decided yet,”",
    ] {
        assert!(
            texts.contains(&expected),
            "{expected} not highlighted in {texts:?}"
        );
    }
    for (quote, label) in &quotes {
        assert!(
            label == "no speaker" || article.contains(label.as_str()) || label == "Ben Ode",
            "{quote} labelled {label:?}"
        );
    }

    // And as a picture: the screenshot has the size asked for.
    let png = dir.join("report.png");
    chromium(
        bin,
        &dir,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,1600".to_string(),
        ],
        &file_url(&report),
    );
    assert_eq!(png_size(&png), (1200, 1600));
    let _ = std::fs::remove_dir_all(&dir);
}

fn span_of(text: &str, s: &str) -> Span {
    let start = text.find(s).unwrap();
    Span::new(start, start + s.len())
}

fn record(text: &str, quote: &str, speaker: &str, mention: &str) -> Record {
    Record {
        doc: "t".into(),
        quote: TextSpan::new(text, span_of(text, quote)),
        speaker: Some(SpeakerRecord {
            name: speaker.into(),
            mention: Some(TextSpan::new(text, span_of(text, mention))),
        }),
        cue: Some(TextSpan::new(text, span_of(text, "said"))),
        kind: "direct".into(),
        sieve: "speech-verb-after-quote".into(),
        confidence: 0.9,
    }
}

#[test]
fn mentions_link_to_their_quotations_and_errors_are_labelled_in_the_browser() {
    let Some(bin) = chromium_or_skip("mentions_link_to_their_quotations") else {
        return;
    };
    let dir = temp_dir("linked");
    let text = "“We are ready,” Ana Ruiz said. “We are not,” Ben Ode said. \
                “It can wait,” she said. “Fine,” said a clerk.";
    let predicted = [
        record(text, "“We are ready,”", "Ana Ruiz", "Ana Ruiz"),
        record(text, "“We are not,”", "Ana Ruiz", "Ben Ode"),
        record(text, "“It can wait,”", "Ana Ruiz", "she"),
        record(text, "“Fine,”", "Clerk", "a clerk"),
    ];
    let gold_at = |q: &str, who: &str| GoldSpan {
        quote: span_of(text, q),
        speaker: Some(who.into()),
        mention: None,
        cue: None,
    };
    let gold = [
        gold_at("“We are ready,”", "Ana Ruiz"),
        gold_at("“We are not,”", "Ben Ode"),
        gold_at("“It can wait,”", "Ana Ruiz"),
        gold_at("Ana Ruiz said", "Nobody"),
    ];
    let clean_text = "No quotations here.";
    let docs = [
        RenderDoc {
            id: "clean",
            text: clean_text,
            predicted: &[],
            gold: Some(&[]),
        },
        RenderDoc {
            id: "talks",
            text,
            predicted: &predicted,
            gold: Some(&gold),
        },
    ];
    let report = dir.join("eval.html");
    std::fs::write(&report, render(&docs, "evaluation")).unwrap();

    // Arriving at the mention "she" highlights the quotation it introduces, and only that.
    let url = file_url(&report);
    let dom = dump_dom(bin, &dir, &format!("{url}#d1-m2"));
    let (she, _) = elements(&dom, " id=\"d1-m2\"")[0];
    assert!(attr(she, "class").unwrap().contains("linked"));
    let linked: Vec<String> = elements(&dom, " linked\"")
        .into_iter()
        .filter(|(t, _)| t.starts_with("<mark"))
        .map(|(_, inner)| text_of(inner))
        .collect();
    assert_eq!(linked, ["“It can wait,”"]);

    // Speaker names beside their quotations; the panel lists Ana Ruiz once with her mentions.
    let labels: Vec<(String, String)> = quotations(&dom);
    assert!(labels.contains(&("“We are ready,”".into(), "Ana Ruiz".into())));
    assert!(labels.contains(&("“Fine,”".into(), "Clerk".into())));
    let panel: Vec<String> = elements(&dom, "class=\"spk ")
        .into_iter()
        .map(|(_, t)| text_of(t))
        .collect();
    assert_eq!(panel, ["Ana Ruiz", "Clerk"]);

    // Every error kind is labelled in words next to its span.
    let tags: Vec<String> = elements(&dom, "class=\"tag ")
        .into_iter()
        .map(|(_, t)| text_of(t))
        .collect();
    assert!(
        tags.contains(&"WRONG SPEAKER · gold: Ben Ode".to_string()),
        "{tags:?}"
    );
    assert!(tags.contains(&"SPURIOUS".to_string()), "{tags:?}");
    assert!(tags.iter().any(|t| t.starts_with("✓ gold")), "{tags:?}");
    // "Ana Ruiz said" overlaps no prediction: missed.
    assert!(
        tags.contains(&"MISSED · gold: Nobody".to_string()),
        "{tags:?}"
    );

    // The filter: asked for in the address, it is on and hides the error-free document.
    let dom = dump_dom(bin, &dir, &format!("{url}?errors-only"));
    let (body, _) = elements(&dom, "<body")[0];
    assert!(attr(body, "class").unwrap_or("").contains("errors-only"));
    let docs: Vec<&str> = elements(&dom, "<details class=\"doc")
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(docs.len(), 2);
    assert!(!docs[0].contains("has-errors") && docs[1].contains("has-errors"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn three_hundred_documents_open_with_the_rest_collapsed() {
    let Some(bin) = chromium_or_skip("three_hundred_documents") else {
        return;
    };
    let dir = temp_dir("many");
    let mut jsonl = String::new();
    for i in 0..300 {
        let text = format!(
            "Item {i}. “Quote number {i} is here,” an aide said.\n\n{}",
            "Filler sentence for length. ".repeat(40)
        );
        jsonl.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        jsonl.push('\n');
    }
    std::fs::write(dir.join("many.jsonl"), jsonl).unwrap();
    let report = dir.join("many.html");
    let status = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["render", "-o"])
        .arg(&report)
        .arg(dir.join("many.jsonl"))
        .status()
        .unwrap();
    assert!(status.success());
    // Opening the 250th document by its address expands it.
    let dom = dump_dom(bin, &dir, &format!("{}#d249", file_url(&report)));
    let docs = elements(&dom, "<details class=\"doc");
    assert_eq!(docs.len(), 300);
    let open: Vec<usize> = docs
        .iter()
        .enumerate()
        .filter(|(_, (t, _))| t.contains(" open="))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(open.len(), 21, "{open:?}");
    assert_eq!(open[..20], (0..20).collect::<Vec<_>>()[..]);
    assert_eq!(open[20], 249);
    assert_eq!(quotations(&dom).len(), 300);
    let _ = std::fs::remove_dir_all(&dir);
}
