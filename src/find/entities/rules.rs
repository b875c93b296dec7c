//! Step 2: labels for the candidates of one sentence.
//!
//! A chunk is read in this order: a law's title is nothing (`Trade Expansion Act of 1962`); an
//! organisation or event head wins over any title inside (`General Motors`); a title (`US
//! Secretary of State`) splits the chunk into what comes before (labelled as names) and the
//! person after; a head word makes the rest an ORG, EVENT or LOC (`US Commerce Department`,
//! `Critical Minerals Ministerial`, `Red River`) or nothing (a venue); otherwise hyphen compounds
//! split into their names (`India-US`), gazetteer hits are taken longest first, and the runs
//! between them are judged by first names, initials and the words around them. Headlines (in
//! capitals or title case) keep table names only and leave the rest to propagation.

use std::ops::Range;

use crate::labels::Label;

use super::candidates::{self, Context};
use super::tables::{self, is_in, Class, Kind};
use super::{Evidence, Mention};

/// Labels sentence number `index`; `chunks` is scratch space the caller keeps between calls.
pub(crate) fn label_sentence(ctx: &Context, index: usize, chunks: &mut Vec<Range<usize>>, out: &mut Vec<Mention>) {
    let Some(sentence) = ctx.doc.sentences.get(index).cloned() else { return };
    chunks.clear();
    candidates::chunks(ctx, sentence.clone(), chunks);
    let caps = ctx.caps_sentence.get(index).copied().unwrap_or(false);
    let mut prev_end = sentence.start;
    let heads = ctx.ministry_heads(sentence.clone());
    // The acronym that the last chunk defined (`Global Trade Research Initiative (GTRI)`).
    let mut defined = usize::MAX;
    for chunk in chunks.drain(..) {
        lower_case_ministries(ctx, prev_end..chunk.start, heads, out);
        prev_end = chunk.end;
        if caps {
            headline_chunk(ctx, chunk, out);
        } else if chunk.start == defined && chunk.end == chunk.start + 1 {
            push(out, chunk.start, chunk.end, Some(Label::Org), Evidence::Rule);
        } else {
            let from = out.len();
            label_chunk(ctx, chunk.clone(), &sentence, out);
            if let Some(acronym) = acronym_defined(ctx, chunk.clone()) {
                // A name that defines an acronym is an organisation, unless a rule or table
                // already gave it a place, a group or an event.
                let found = out.get(from..).unwrap_or(&[]);
                let weak = |m: &Mention| m.label.is_none() || m.label == Some(Label::Org) || (m.label == Some(Label::Person) && m.evidence <= Evidence::Rule && m.evidence != Evidence::Context);
                let whole = found.len() == 1 && found[0].first == chunk.start && found[0].end == chunk.end;
                let org = whole && found[0].label == Some(Label::Org);
                if org || (found.iter().all(weak) && !found.iter().any(|m| m.label == Some(Label::Org))) {
                    out.truncate(from);
                    push(out, chunk.start, chunk.end, Some(Label::Org), Evidence::Rule);
                    defined = acronym;
                }
            }
        }
    }
    lower_case_ministries(ctx, prev_end..sentence.end, heads, out);
}

/// `Rashtriya Swayamsevak Sangh (RSS)`: the token of the acronym in capitals that the chunk's
/// capitalised words spell, in parentheses just after it.
fn acronym_defined(ctx: &Context, chunk: Range<usize>) -> Option<usize> {
    let b = chunk.end;
    if !ctx.is(b, "(") || !ctx.is(b + 2, ")") || chunk.len() < 2 {
        return None;
    }
    let acronym = ctx.tok(b + 1);
    let letters = acronym.bytes().filter(u8::is_ascii_alphabetic);
    if !(2..=8).contains(&letters.clone().count()) || !acronym.bytes().all(|c| c.is_ascii_uppercase() || c == b'&' || c == b'-') {
        return None;
    }
    // An organisation's head, or a rare word (`Sangh`); not a treaty, a tax or a disease
    // (`Goods and Services Tax (GST)`, `Bovine Spongiform Encephalopathy (BSE)`).
    let last = b - 1;
    let named = ctx.has(last, Class::ORG_HEAD)
        || ctx.has(last, Class::INDUSTRY_HEAD)
        || (!ctx.is_common(last) && !ctx.tok(last).ends_with("pathy") && !ctx.tok(last).ends_with("itis"));
    let initials = chunk.filter(|&i| ctx.is_capitalised(i)).map(|i| ctx.tok(i).as_bytes()[0]);
    (named && letters.eq(initials)).then_some(b + 1)
}

fn push(out: &mut Vec<Mention>, first: usize, end: usize, label: Option<Label>, evidence: Evidence) {
    if first < end {
        out.push(Mention { first, end, label, evidence });
    }
}

/// In a headline every word is capitalised: only gazetteer names count, and each other word is
/// left for propagation (`CLINTON` once `Bill Clinton` is known).
fn headline_chunk(ctx: &Context, chunk: Range<usize>, out: &mut Vec<Mention>) {
    let mut i = chunk.start;
    while i < chunk.end {
        if let Some(h) = ctx.hit(i).filter(|h| h.end <= chunk.end) {
            push(out, i, h.end, Some(h.payload.label), evidence_of(h.payload));
            i = h.end;
        } else {
            if ctx.is_word(i) && !ctx.is_common(i) {
                push(out, i, i + 1, None, Evidence::Unknown);
            }
            i += 1;
        }
    }
}

fn evidence_of(p: tables::Payload) -> Evidence {
    if p.source == tables::Source::Corpus {
        Evidence::Table
    } else {
        Evidence::Gazetteer
    }
}

fn label_chunk(ctx: &Context, chunk: Range<usize>, sentence: &Range<usize>, out: &mut Vec<Mention>) {
    let (a, b) = (chunk.start, chunk.end);
    // A law's title: nothing inside it is marked.
    if (a..b).any(|i| ctx.has(i, Class::LAW_HEAD) && (i + 1 == b || ctx.is(i + 1, "of"))) && b - a >= 2 {
        return;
    }
    // `the Liberal Democratic party`, `the ruling Communist party`: a party named in capitals
    // before a lower-case `party`.
    let p0 = if ctx.is(a, "The") && b - a >= 2 { a + 1 } else { a };
    let party_word = |i: usize| {
        ctx.is_capitalised(i)
            && !ctx.is_first_name(i)
            && ctx.hit(i).is_some_and(|h| matches!(h.payload.label, Label::Norp | Label::Org))
    };
    let opens = |p: usize| matches!(ctx.tok(p), "the" | "The" | "ruling" | "opposition" | "main" | "governing");
    if ctx.is(b, "party") && b - p0 <= 3 && (p0..b).all(party_word) && p0.checked_sub(1).is_some_and(opens) {
        push(out, p0, b + 1, Some(Label::Org), Evidence::Rule);
        return;
    }
    // `G20 summit`: a named group's meeting is an event.
    if b - a == 1 && ctx.is(b, "summit") && (ctx.hit(a).is_some_and(|h| h.payload.label == Label::Org) || is_acronym(ctx.tok(a))) {
        push(out, a, b + 1, Some(Label::Event), Evidence::Rule);
        return;
    }
    // A head word at the end outranks a title inside (`General Motors`, `Royal Navy`).
    let last_word = (a..b).rev().find(|&i| ctx.is_word(i)).unwrap_or(a);
    let of_head = (a..b).find(|&i| ctx.is(i, "of") || ctx.is(i, "for")).and_then(|i| i.checked_sub(1));
    let is_head = |i: usize| ctx.has(i, Class::ORG_HEAD) || ctx.has(i, Class::EVENT_HEAD);
    // `Directorate General of Foreign Trade`: an organisation's head before its `of`.
    let title = title_region(ctx, a, b);
    // `Reserve Bank of India Governor Shaktikanta Das`: a title after the organisation's
    // `of` still starts a person.
    let title_after_of = |h: usize| title.is_some_and(|(t0, _)| t0 > h + 1);
    let headed = (last_word > a && is_head(last_word))
        || of_head.is_some_and(|h| (a..=h).any(|i| ctx.has(i, Class::ORG_HEAD)) && !title_after_of(h));
    if let Some((t0, t1)) = title.filter(|_| !headed) {
        label_part(ctx, a, t0, sentence, out);
        // What follows a title is the person (`Prime Minister Narendra Modi`); skip a
        // connector that the title left (`President of France Emmanuel Macron`).
        let mut p = t1;
        if (ctx.is(p, "of") || ctx.is(p, "for")) && p < b {
            p += 1;
        }
        // Only title words left (`Minister of Trade`): no person.
        let named = (p..b).any(|i| ctx.is_name_token(i) && !ctx.has(i, Class::TITLE_HEAD) && !ctx.has(i, Class::TITLE_MODIFIER));
        if p < b && named {
            person_after_title(ctx, p, b, sentence, out);
        }
        return;
    }
    label_part(ctx, a, b, sentence, out);
}

/// After a title: a person, unless a gazetteer place starts it (`President of France ...`).
fn person_after_title(ctx: &Context, a: usize, b: usize, sentence: &Range<usize>, out: &mut Vec<Mention>) {
    let mut a = a;
    while a < b && !ctx.is_capitalised(a) {
        a += 1; // a person's name starts with a capital
    }
    if a >= b {
        return;
    }
    if let Some(h) = ctx.hit(a).filter(|h| h.end <= b && candidates::is_place(h.payload) && h.payload.kind != Kind::City) {
        push(out, a, h.end, Some(h.payload.label), Evidence::Gazetteer);
        if h.end < b {
            person_after_title(ctx, h.end, b, sentence, out);
        }
        return;
    }
    // Titles never reach into hyphen compounds or dotted abbreviations of other names.
    let end = (a..b).find(|&i| ctx.is(i, "-")).unwrap_or(b);
    push(out, a, end, Some(Label::Person), Evidence::Rule);
    if end < b {
        label_part(ctx, end + 1, b, sentence, out);
    }
}

/// The tokens `[t0, t1)` of a title inside `[a, b)` that a name follows: a run of title words
/// around a head (`External Affairs Minister`, `Secretary of State`, `Secretary-General`).
fn title_region(ctx: &Context, a: usize, b: usize) -> Option<(usize, usize)> {
    let is_title_word = |i: usize| ctx.has(i, Class::TITLE_HEAD) || ctx.has(i, Class::TITLE_MODIFIER);
    // Heads from the right: the last title before a name decides.
    let head = (a..b).rev().find(|&i| ctx.has(i, Class::TITLE_HEAD) && i + 1 < b)?;
    // A head inside a gazetteer name is no title (`Prince Edward Island`).
    if (a..=head).any(|s| ctx.hit(s).is_some_and(|h| h.end > head && s < head || (s == head && h.end > head + 1))) {
        return None;
    }
    // The title reaches left over its modifiers, but never into a longer gazetteer name
    // (`European Union Trade Commissioner`); a one-word name that is also a modifier is taken
    // (`Treasury Secretary`).
    let inside_name = |k: usize| {
        (a..k).any(|s| ctx.hit(s).is_some_and(|h| h.end > k)) || ctx.hit(k).is_some_and(|h| h.end > k + 1)
    };
    let mut t0 = head;
    let and_between = |k: usize| ctx.is(k, "and") && k > a && is_title_word(k - 1);
    while t0 > a && (is_title_word(t0 - 1) || and_between(t0 - 1)) && !inside_name(t0 - 1) {
        t0 -= 1;
    }
    let mut t1 = head + 1;
    loop {
        if t1 < b && is_title_word(t1) && t1 + 1 < b {
            t1 += 1;
        } else if t1 + 2 < b && matches!(ctx.tok(t1), "of" | "for" | "-" | "and" | "&") && is_title_word(t1 + 1) {
            // `Secretary of State`, `Minister for Trade`, `Secretary-General`,
            // `Minister of Trade and Industry`
            t1 += 2;
        } else if t1 < b && ctx.is(t1, ".") && ctx.joined(t1 - 1) {
            t1 += 1;
        } else {
            break;
        }
    }
    (t1 < b).then_some((t0, t1))
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '&') && !is_in(Class::COMMON_ACRONYM, w)
}

/// A run of name tokens with no title: drop opening common words, then heads, hyphen pieces,
/// gazetteer hits and the runs between them.
fn label_part(ctx: &Context, mut a: usize, b: usize, sentence: &Range<usize>, out: &mut Vec<Mention>) {
    // `Trade negotiations`, `Earlier on`: a capital that only opens a sentence.
    while a < b && ctx.is_initial(a, sentence) && ctx.is_common(a) && ctx.hit(a).is_none() && !(a + 1 < b && ctx.is_first_name(a)) {
        // Left unlabelled: a name known elsewhere in the text can still claim it (`Trump made`).
        if a + 1 == b {
            push(out, a, b, None, Evidence::Unknown);
        }
        a += 1;
    }
    while a < b && !ctx.is_word(a) {
        a += 1;
    }
    if a >= b {
        return;
    }
    let only_title_words = (a..b).all(|i| !ctx.is_word(i) || ctx.has(i, Class::TITLE_HEAD) || ctx.has(i, Class::TITLE_MODIFIER));
    // `Labor Party`, `Air Force`, `the Navy`: title words that end in an organisation's head.
    let last = (a..b).rev().find(|&i| ctx.is_word(i)).unwrap_or(b - 1);
    let org_of_title_words = ctx.has(last, Class::ORG_HEAD)
        && !ctx.has(last, Class::TITLE_HEAD)
        && ((a..b).filter(|&i| ctx.is_word(i)).count() >= 2 || ctx.has(last, Class::ORG_ALONE));
    if only_title_words && org_of_title_words {
        push(out, a, b, Some(Label::Org), Evidence::Rule);
        return;
    }
    if only_title_words && ctx.hit(a).is_none_or(|h| h.end < b) {
        return; // `the Minister`, `Attorney General`
    }
    // A head word ends the name: the word before the first `of`, else the last word.
    let last_word = (a..b).rev().find(|&i| ctx.is_word(i)).unwrap_or(b - 1);
    let of_at = (a..b).find(|&i| ctx.is(i, "of") || ctx.is(i, "for"));
    // The head: the organisation word before `of` (`Directorate General of ...`), else the word
    // before `of`, else the last word.
    let head = of_at.map_or(last_word, |i| {
        let before = i.saturating_sub(1);
        (a..i).find(|&k| ctx.has(k, Class::ORG_HEAD)).unwrap_or(before)
    });
    let covered_by_hit = ctx.hit(a).is_some_and(|h| h.end >= b);
    if b - a >= 2 && !covered_by_hit {
        if ctx.has(head, Class::LAW_HEAD) {
            return;
        }
        // A head after a compound of names is no one organisation (`India-US Trade Council`
        // is two places and a council only when a hit says so); a hit across the hyphen is one.
        let free_hyphen = (a..b).any(|i| ctx.is(i, "-") && !(a..i).any(|s| ctx.hit(s).is_some_and(|h| h.end > i)));
        // `House of Commons`; `Federal Aviation Administration` (but `Trump Administration`
        // is the person only).
        let words = (a..b).filter(|&i| ctx.is_word(i)).count();
        let org_head = ctx.has(head, Class::ORG_HEAD)
            || (of_at.is_some() && ctx.is(head, "House"))
            || (ctx.is(head, "Administration") && head == last_word && words >= 3 && !ctx.is_first_name(a));
        // `Tata Power`, `Barrick Gold`: an industry word after a name that is no place or group.
        let industry = ctx.has(head, Class::INDUSTRY_HEAD)
            && head == last_word
            && !ctx.is_first_name(a)
            && of_at.is_none()
            && !(a..head).any(|i| {
                ctx.hit(i).is_some_and(|h| matches!(h.payload.label, Label::Gpe | Label::Norp | Label::Loc))
                    || ctx.has(i, Class::TITLE_MODIFIER)
            });
        if (org_head || industry) && !free_hyphen {
            push(out, a, b, Some(Label::Org), Evidence::Rule);
            return;
        }
        if ctx.has(head, Class::EVENT_HEAD) {
            push(out, a, b, Some(Label::Event), Evidence::Rule);
            return;
        }
        if ctx.has(head, Class::PLACE_HEAD) && head == last_word {
            push(out, a, b, Some(Label::Loc), Evidence::Rule);
            return;
        }
        if ctx.has(head, Class::VENUE_HEAD) && head == last_word {
            return; // buildings and venues get no label
        }
    }
    // Hyphen compounds: `India-US`, `India-Pakistan` are two names, unless one hit spans them.
    // A person's hyphenated name is one name (`Boutros Boutros-Ghali`).
    if let Some(q) = person_from_first_name(ctx, a, b).filter(|&q| (a..q).any(|i| ctx.is(i, "-"))) {
        push(out, a, q, Some(Label::Person), Evidence::Rule);
        label_run(ctx, q, b, out);
        return;
    }
    // A compound of unknown words stays whole (`Jean-Michel Bayle`).
    let piece_hit = (a..b).any(|i| (i == a || ctx.is(i - 1, "-")) && ctx.hit(i).is_some());
    if !covered_by_hit && piece_hit && (a..b).any(|i| ctx.is(i, "-")) {
        // Split at the hyphens that no hit spans (`Asia-Pacific` stays one piece).
        let (mut p, mut reach) = (a, a);
        for i in a..=b {
            if i < b {
                reach = reach.max(ctx.hit(i).map_or(i, |h| h.end.min(b)));
            }
            if i == b || (ctx.is(i, "-") && reach <= i) {
                label_run(ctx, p, i, out);
                p = i + 1;
            }
        }
        return;
    }
    label_run(ctx, a, b, out);
}

/// Gazetteer hits longest first; the unknown runs between them are judged on their own.
fn label_run(ctx: &Context, a: usize, b: usize, out: &mut Vec<Mention>) {
    let mut p = a;
    while p < b {
        // `Michael Campbell`, `David J. Russell`: a first name opens a person, whatever a
        // table says about the surname, up to a country or organisation name.
        if let Some(q) = person_from_first_name(ctx, p, b) {
            push(out, p, q, Some(Label::Person), Evidence::Rule);
            p = q;
            continue;
        }
        if let Some(h) = ctx.hit(p).filter(|h| h.end <= b) {
            if h.payload.kind == Kind::Platform && ctx.tok(p).chars().count() == 1 {
                // `X` is a platform only as a place of publication (`wrote on X`).
                let before = p.checked_sub(1).map_or("", |i| ctx.tok(i));
                let after_ok = !ctx.is_word(h.end) || matches!(ctx.tok(h.end), "post" | "posts" | "account" | "handle");
                if matches!(before, "on" | "via") && after_ok && p == a && h.end == b {
                    push(out, p, h.end, Some(Label::Org), Evidence::Rule);
                }
                p = h.end;
                continue;
            }
            let next_unknown = h.end < b && ctx.hit(h.end).is_none();
            // `Washington Sundar`: a city that is also a first name, before an unknown name.
            if next_unknown && h.payload.kind == Kind::City && ctx.is_first_name(p) {
                let q = next_hit(ctx, h.end, b);
                push(out, p, q, Some(Label::Person), Evidence::Rule);
                p = q;
                continue;
            }
            // `retailer Metro`, `group Carrefour`: a noun before a city or a surname that says
            // it is a company.
            let place_or_person = matches!(h.payload.kind, Kind::City | Kind::Person)
                || (h.payload.source == tables::Source::Corpus && matches!(h.payload.label, Label::Gpe | Label::Loc | Label::Person));
            if p == a && place_or_person && !candidates::is_country_or_state(h.payload) && org_noun_before(ctx, p) {
                push(out, p, h.end, Some(Label::Org), Evidence::Context);
                p = h.end;
                continue;
            }
            // `Marco Rubio` where a table knows `Marco` as something else: a first name wins.
            push(out, p, h.end, Some(h.payload.label), evidence_of(h.payload));
            p = h.end;
            continue;
        }
        let q = next_hit(ctx, p + 1, b);
        label_unknown(ctx, p, q, b, out);
        p = q;
    }
}

fn person_from_first_name(ctx: &Context, p: usize, b: usize) -> Option<usize> {
    let weak_hit = |i: usize| {
        ctx.hit(i).is_none_or(|h| {
            h.payload.label == Label::Person || h.payload.kind == Kind::City || h.payload.source == tables::Source::Corpus
        })
    };
    if !ctx.is_first_name(p) || !weak_hit(p) || ctx.hit(p).is_some_and(|h| h.end > p + 1 && h.payload.label != Label::Person) {
        return None;
    }
    let mut q = p + 1;
    let joins = |q: usize| match ctx.tok(q) {
        "." => ctx.joined(q - 1) && ctx.is_single_capital(q - 1),
        "-" => ctx.joined(q - 1) && ctx.joined(q),
        _ => ctx.is_particle(q),
    };
    // Inside a chunk a capitalised stop word is a name too (`Theresa May`).
    while q < b && weak_hit(q) && (ctx.is_capitalised(q) || joins(q)) {
        q += 1;
    }
    while q > p + 1 && !ctx.is_capitalised(q - 1) {
        q -= 1;
    }
    let has_lower = |i: usize| ctx.tok(i).chars().any(char::is_lowercase);
    (q > p + 1 && has_lower(q - 1)).then_some(q)
}

fn next_hit(ctx: &Context, from: usize, b: usize) -> usize {
    (from..b).find(|&i| ctx.hit(i).is_some_and(|h| h.end <= b)).unwrap_or(b)
}

/// A run of capitalised tokens that no table knows.
fn label_unknown(ctx: &Context, a: usize, b: usize, chunk_end: usize, out: &mut Vec<Mention>) {
    let mut a = a;
    while a < b && !ctx.is_word(a) {
        a += 1;
    }
    let mut b = b;
    while b > a && !ctx.is_word(b - 1) && !ctx.is(b - 1, ".") {
        b -= 1;
    }
    if a >= b {
        return;
    }
    let words = (a..b).filter(|&i| ctx.is_word(i)).count();
    let first = ctx.tok(a);
    // `carmaker BYD`, `analysts at Jefferies`, `shares of Nvidia`: the words before say it is
    // an organisation. A guess, so that a person known in the document still wins.
    if b == chunk_end && words <= 3 && org_before(ctx, a) {
        push(out, a, b, Some(Label::Org), Evidence::Guess);
        return;
    }
    // A first name or an initial before another name: a person.
    let has_lower = ctx.tok(b - 1).chars().any(char::is_lowercase);
    if words >= 2 && (ctx.is_first_name(a) || ctx.is_single_capital(a)) && ctx.is_name_token(b - 1) && has_lower {
        push(out, a, b, Some(Label::Person), Evidence::Rule);
        return;
    }
    let after = ctx.tok(b);
    // `Davos, Switzerland`: a place before its country or state.
    if b == chunk_end && after == "," && words == 1 {
        if let Some(h) = ctx.hit(b + 1) {
            if candidates::is_country_or_state(h.payload) && !ctx.is_name_token(h.end) {
                push(out, a, b, Some(Label::Gpe), Evidence::Context);
                return;
            }
        }
    }
    if words == 1 && is_acronym(first) {
        push(out, a, b, Some(Label::Org), Evidence::Guess);
        return;
    }
    let all_rare = (a..b).all(|i| !ctx.is_word(i) || !ctx.is_common(i));
    // `the Biden administration`: a leader's name before the office they run.
    if b == chunk_end && words == 1 && all_rare && matches!(after, "administration" | "presidency" | "campaign" | "aides") {
        push(out, a, b, Some(Label::Person), Evidence::Guess);
        return;
    }
    // `a Boeing spokesman`, `Flipkart shares`: words that follow an organisation. A guess, so
    // that a person known in the document still wins (`a Trump spokesman`).
    if b == chunk_end && all_rare && ctx.has(b, Class::ORG_AFTER) {
        push(out, a, b, Some(Label::Org), Evidence::Guess);
        return;
    }
    // `BlackRock said`, `Zentrova's shares`: an inner capital (but not `McCarthy`,
    // `DeSantis`) or a possessive before company words says a company.
    let possessive = (after == "'s" || after == "’s") && matches!(ctx.tok(b + 1), "shares" | "stock" | "shareholders" | "subsidiary" | "headquarters" | "stake" | "board");
    if b == chunk_end && words == 1 && all_rare && (is_camel(first) || possessive) {
        push(out, a, b, Some(Label::Org), Evidence::Guess);
        return;
    }
    // `Lin Jian said`: a person.
    let who = after == "," && ctx.is(b + 1, "who");
    if b == chunk_end && (ctx.has(b, Class::PERSON_AFTER) || who) && words <= 3 && all_rare {
        push(out, a, b, Some(Label::Person), Evidence::Context);
        return;
    }
    // Two or three rare title-case words with no other clue are most often a person.
    let title_case = (a..b).all(|i| !ctx.is_word(i) || ctx.tok(i).chars().skip(1).any(char::is_lowercase) || ctx.is_single_capital(i));
    let some_lower = (a..b).any(|i| ctx.tok(i).chars().any(char::is_lowercase));
    if (2..=3).contains(&words) && all_rare && title_case && some_lower && ctx.is_name_token(b - 1) {
        push(out, a, b, Some(Label::Person), Evidence::Guess);
        return;
    }
    push(out, a, b, None, Evidence::Unknown);
}

/// Is the word before token `a` a lower-case noun for a company (`carmaker`, `retailers`)?
fn org_noun_before(ctx: &Context, a: usize) -> bool {
    a.checked_sub(1).is_some_and(|p| tables::ORG_BEFORE.contains(&ctx.tok(p)) || tables::ORG_BEFORE_PLURAL.contains(&ctx.tok(p)))
}

/// `BlackRock`, `PayPal`: a capital after a lower-case letter, not a surname's (`McCarthy`,
/// `MacArthur`, `DeSantis`, `LeBron`).
fn is_camel(w: &str) -> bool {
    let b = w.as_bytes();
    let inner = b.windows(2).position(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
    let Some(k) = inner else { return false };
    let prefix = &w[..=k];
    b.first().is_some_and(u8::is_ascii_uppercase)
        && w.bytes().all(|c| c.is_ascii_alphanumeric())
        && w.len() >= 5
        && !matches!(prefix, "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Van" | "Von" | "Du" | "Al" | "El" | "Fitz" | "O")
        // `JulAug`, `NovDec`: months run together in a table.
        && !matches!(prefix, "Jan" | "Feb" | "Mar" | "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec")
}

/// Do the lower-case words before token `a` say that a name there is an organisation?
fn org_before(ctx: &Context, a: usize) -> bool {
    let Some(p) = a.checked_sub(1) else { return false };
    let w = ctx.tok(p);
    if !w.starts_with(|c: char| c.is_ascii_lowercase() || c == 'C') {
        return false;
    }
    if tables::ORG_BEFORE.contains(&w) || tables::ORG_BEFORE_PLURAL.contains(&w) {
        return true;
    }
    let before = p.checked_sub(1).map_or("", |q| ctx.tok(q));
    tables::ORG_BEFORE_PREP.iter().any(|&(noun, prep)| prep == w && noun.eq_ignore_ascii_case(before))
}

/// `the external affairs ministry`, `commerce ministry`: a named ministry in lower case is an
/// ORG; a bare `the ministry` is not.
/// `heads`: the sentence's `ministry`, `ministries` and `department` tokens (`Context::ministry_heads`).
fn lower_case_ministries(ctx: &Context, range: Range<usize>, heads: &[usize], out: &mut Vec<Mention>) {
    let mut done = range.start;
    // Only those words can head one.
    for &i in heads {
        if i < done || !range.contains(&i) {
            continue;
        }
        let mut a = i;
        while a > done && ctx.has(a - 1, Class::MINISTRY_FIELD) {
            a -= 1;
        }
        while a < i && ctx.is(a, "and") {
            a += 1;
        }
        if a < i {
            push(out, a, i + 1, Some(Label::Org), Evidence::Rule);
            done = i + 1;
            continue;
        }
        // `the ministry of commerce and industry`
        if ctx.is(i + 1, "of") {
            let mut e = i + 2;
            while e < range.end && ctx.has(e, Class::MINISTRY_FIELD) {
                e += 1;
            }
            while e > i + 2 && ctx.is(e - 1, "and") {
                e -= 1;
            }
            if e > i + 2 {
                push(out, i, e, Some(Label::Org), Evidence::Rule);
                done = e;
            }
        }
    }
}
