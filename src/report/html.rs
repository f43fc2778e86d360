//! The review as one self-contained HTML file: no scripts, no network, readable printed, with
//! the profile as an inline SVG bar chart (per area: met against expected).

use std::fmt::Write as _;

use pulldown_cmark_escape::{FmtWriter, escape_href, escape_html};

use super::model::{AreaReview, Review, ReviewItem};

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}\
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}\
ul{padding-left:1.2rem}li{margin:.3rem 0}.met{color:#1d6b2a}.missing{color:#8a1c1c}\
.criteria,.evidence{color:#444;font-size:.92rem}svg text{font:12px system-ui,sans-serif}\
@media print{body{margin:0}a{color:inherit}}";

pub fn html(review: &Review) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    let title = format!("{}: towards {}", review.ladder, review.target);
    let _ = writeln!(
        out,
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        text(&title)
    );
    let _ = writeln!(out, "<h1>{}</h1>\n<ul>", text(&title));
    if let Some(level) = &review.my_level {
        let _ = writeln!(out, "<li>My level: {}</li>", text(level));
    }
    let _ = writeln!(out, "<li>Target: {}</li>", text(&review.target));
    let _ = writeln!(
        out,
        "<li>Verdict: <strong>{}</strong></li>",
        text(&review.verdict)
    );
    if let Some((reached, needed)) = review.points {
        let _ = writeln!(out, "<li>Points: {reached} of {needed}</li>");
    }
    out.push_str("</ul>\n");
    out.push_str(&chart(&review.areas));
    for area in &review.areas {
        let _ = writeln!(
            out,
            "<h2>{} ({} of {} met)</h2>\n<ul>",
            text(&area.name),
            area.met(),
            area.items.len()
        );
        for item in &area.items {
            out.push_str(&entry(item));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn entry(item: &ReviewItem) -> String {
    let (mark, class) = if item.standing.counts() {
        ("☑", "met")
    } else {
        ("☐", "missing")
    };
    let mut out = format!(
        "<li class=\"{class}\">{mark} <strong>{}</strong> ({}): {}",
        text(&item.name),
        text(&item.kind),
        text(item.standing.word())
    );
    if let Some((reached, expected)) = &item.milestone {
        let _ = write!(out, ", reached {}, expected {}", text(reached), text(expected));
    }
    if let Some(on) = &item.on {
        let _ = write!(out, ", {}", text(on));
    }
    if !item.standing.counts()
        && let Some(criteria) = &item.criteria
    {
        let _ = write!(out, "<div class=\"criteria\">Expected: {}</div>", text(criteria));
    }
    for evidence in &item.evidence {
        let _ = write!(
            out,
            "<div class=\"evidence\">{}: {}",
            text(&evidence.on),
            text(&evidence.text)
        );
        match &evidence.link {
            // Only web links become links: a `javascript:` one from a file stays text.
            Some(link) if link.starts_with("https://") || link.starts_with("http://") => {
                let _ = write!(out, " (<a href=\"{}\">{}</a>)", href(link), text(link));
            }
            Some(link) => {
                let _ = write!(out, " ({})", text(link));
            }
            None => {}
        }
        out.push_str("</div>");
    }
    if let Some(note) = &item.note {
        let _ = write!(out, "<div class=\"evidence\">Note: {}</div>", text(note));
    }
    out.push_str("</li>\n");
    out
}

/// A horizontal bar per area: the expected count as an outline, what is met filled in, and
/// the numbers written out so the chart reads printed in black and white.
fn chart(areas: &[AreaReview]) -> String {
    const LABEL: usize = 180;
    const BAR: usize = 320;
    const ROW: usize = 26;
    let height = ROW * areas.len() + 10;
    let width = LABEL + BAR + 70;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\">\n<title>Met against expected, by area</title>\n"
    );
    for (row, area) in areas.iter().enumerate() {
        let y = row * ROW + 5;
        let total = area.items.len().max(1);
        let filled = BAR * area.met() / total;
        let _ = writeln!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{BAR}\" height=\"16\" fill=\"none\" stroke=\"#555\"/>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{filled}\" height=\"16\" fill=\"#2f7d3b\"/>\
             <text x=\"{}\" y=\"{}\">{} / {}</text>",
            y + 13,
            text(&area.name),
            LABEL + BAR + 8,
            y + 13,
            area.met(),
            area.items.len()
        );
    }
    out.push_str("</svg>\n");
    out
}

/// Text escaped for HTML (and for SVG, which is XML).
fn text(raw: &str) -> String {
    let mut out = String::new();
    let _ = escape_html(FmtWriter(&mut out), raw);
    out
}

fn href(raw: &str) -> String {
    let mut out = String::new();
    let _ = escape_href(FmtWriter(&mut out), raw);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::tests::sample;

    #[test]
    fn well_formed_self_contained_and_escaped() {
        let page = html(&sample());
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        };
        let document = roxmltree::Document::parse_with_options(&page, options)
            .unwrap_or_else(|error| panic!("{error}\n{page}"));
        let names: Vec<&str> = document
            .descendants()
            .filter(|n| n.is_element())
            .map(|n| n.tag_name().name())
            .collect();
        assert!(!names.contains(&"script") && !names.contains(&"link") && !names.contains(&"img"));
        let bars = document.descendants().filter(|n| n.has_tag_name("rect")).count();
        assert_eq!(bars, 4, "an outline and a filled bar per area");
        assert!(page.contains("Ran &lt;b&gt;planning&lt;/b&gt;"), "{page}");
        assert!(page.contains("<a href=\"https://example.com/q2\">"));
        assert!(!page.contains("href=\"javascript:"), "{page}");
        assert!(
            page.contains(">2 / 2</text>") && page.contains(">0 / 2</text>"),
            "{page}"
        );
    }
}
