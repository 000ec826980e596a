//! The date grammar: reads tokens and builds an [`Expr`] for every temporal
//! expression, longest match first, left to right.
//!
//! Each rule is a function from a token position to the position after the
//! expression and its meaning; [`Parser::scan`] keeps the longest. Rules are
//! built from small pieces (numbers, ordinals, years, months, units) so that
//! `about six months`, `the past 24 hours` and `Aug. 27, 2025` come from the
//! same few parts.

use super::lexicon::{HolidayRule, Lexicon, Phrase, Unit};
use super::tokens::{Kind, Token};

/// How many of a unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Amount {
    /// A stated number (`six`, `2 1/2`, `a`).
    Exact(f64),
    /// `a few`, `several`, `many`.
    Vague,
}

/// Which year a calendar period without a stated year falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearRef {
    /// Stated in the text.
    Explicit(i32),
    /// The document year, moved by the tense of the clause.
    Infer,
    /// The document year plus this many years (`this summer`, `June last year`).
    Offset(i32),
    /// The latest such period before the document date (`last April`).
    Previous,
    /// The first such period after the document date (`next April`).
    Next,
}

/// The part of a year a calendar expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Period {
    /// The whole year.
    Year,
    /// A month.
    Month(u32),
    /// A month and a day.
    Day(u32, u32),
    /// The week holding a month and a day (`the week of March 6`).
    WeekOf(u32, u32),
    /// A quarter, 1 to 4.
    Quarter(u32),
    /// A half, 1 or 2.
    Half(u32),
    /// A season (index into `SEASONS`).
    Season(Season),
    /// A holiday.
    Holiday(HolidayRule),
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn from_code(code: &str) -> Option<Season> {
        Some(match code {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" => Season::Fall,
            "WI" => Season::Winter,
            _ => return None,
        })
    }

    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month the season starts in (northern hemisphere).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// Bare (`on Friday`): the tense of the clause decides.
    ByTense,
    /// `last Friday`: strictly before the document date.
    Previous,
    /// `next Friday`: strictly after the document date.
    Next,
    /// `this Friday`: the coming one unless the clause is past.
    This,
    /// `Friday's close`: an event named by its day is over; the latest such
    /// day, the DCT included.
    Latest,
    /// `Monday` in `Monday through Wednesday`, with the range's last day.
    RangeStart { last: u32 },
    /// `Wednesday` in `Monday through Wednesday`, with the range's first day.
    RangeEnd { first: u32 },
}

/// The meaning of one temporal expression, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expr {
    /// A calendar period, maybe without its year.
    Calendar { year: YearRef, period: Period },
    /// A day of the week.
    Weekday { day: u32, direction: Direction },
    /// A day counted from the document date (`yesterday`, `tonight`).
    DayOffset { days: i64, part: Option<String> },
    /// `this month`, `last year`, `next week`; counted from the time the
    /// text last spoke of when `from_reference` (`the following year`).
    Relative {
        unit: Unit,
        offset: i32,
        from_reference: bool,
    },
    /// `two weeks ago`, `a year earlier`, `three days from now`.
    Shifted {
        amount: Amount,
        unit: Unit,
        sign: i32,
        from_reference: bool,
    },
    /// `now`, `recently`, `the future`.
    Reference(String),
    /// A length of time.
    Duration { amount: Amount, unit: Unit },
    /// A recurrence, with its TIMEX3 value.
    Set(String),
    /// A clock time, on a day (the document date when none is said).
    Clock {
        hour: u32,
        minute: u32,
        second: Option<u32>,
        day: Option<Box<Expr>>,
    },
    /// A decade, by its first three digits (`199` for the 1990s).
    Decade(i32),
    /// A century, by its first two digits (`19` for the 20th century).
    Century(i32),
    /// The quarter the text is reporting on (`the latest quarter`), some
    /// years back (`the year-ago quarter`) or in a given year
    /// (`the 1988 period`).
    ReportedQuarter { years_back: i32, year: Option<i32> },
    /// `the 20th`: a day of the document's month.
    DayOfMonth(u32),
}

/// One expression found by the grammar, as token indices.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Match {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it means.
    pub expr: Expr,
}

type Parsed<T> = Option<(usize, T)>;

/// Words that lead a `the past two months` duration or a `last year` date.
const DURATION_LEADS: &[&str] = &[
    "past",
    "last",
    "next",
    "coming",
    "first",
    "previous",
    "final",
    "initial",
    "latest",
    "following",
    "remaining",
    "preceding",
    "ensuing",
    "recent",
];
/// Modals and pronoun subjects before the idiom `one day` (`will one day`).
const SUBJECTS_AND_MODALS: &[&str] = &[
    "will", "would", "could", "might", "may", "can", "shall", "should", "must", "he", "she",
    "they", "we", "i", "you", "it",
];
/// Words between an amount and its unit that change nothing (`20 more years`).
const AMOUNT_FILLERS: &[&str] = &[
    "more",
    "additional",
    "straight",
    "consecutive",
    "full",
    "extra",
    "whole",
    "long",
    "trading",
    "working",
    "business",
];
/// Prepositions after which `the 20th` is a day of the month.
const DAY_PREPOSITIONS: &[&str] = &[
    "on", "by", "until", "till", "since", "from", "before", "after", "through",
];
/// Prepositions that make a bare `May` or `March` a month.
const MONTH_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "of", "during", "before", "after",
    "early", "late", "mid", "between", "last", "next", "this",
];

/// The grammar over one text's tokens.
pub(super) struct Parser<'a> {
    toks: &'a [Token],
    lex: &'static Lexicon,
}

impl<'a> Parser<'a> {
    /// A parser over `toks`.
    pub fn new(toks: &'a [Token], lex: &'static Lexicon) -> Self {
        Parser { toks, lex }
    }

    /// Every expression, left to right, longest first, never overlapping.
    pub fn scan(&self) -> Vec<Match> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.parse_at(i) {
                Some((end, mut expr)) if end > i => {
                    let continuation = self.range_end(end, &mut expr);
                    let start = if self.is_article_of_the_noun_after(i, end) {
                        i + 1
                    } else {
                        i
                    };
                    found.push(Match { start, end, expr });
                    i = end;
                    if let Some(next) = continuation {
                        i = next.end;
                        found.push(next);
                    }
                }
                _ => i += 1,
            }
        }
        found
    }

    // ----- token helpers -------------------------------------------------

    /// Whether the article at `i` belongs to the noun that the expression
    /// ending at `end` qualifies: a unit in the singular after a number or
    /// a hyphen is an adjective (`the eight-year war`, `the two day summit`,
    /// `the third-quarter results`, `a day-long strike`), and TimeML leaves
    /// the article out.
    fn is_article_of_the_noun_after(&self, i: usize, end: usize) -> bool {
        if !self.is_any(i, &["the", "a", "an"]) || end < i + 3 || self.kind(end) != Some(Kind::Word)
        {
            return false;
        }
        if self.is(end - 1, "long") && self.joining_hyphen(end - 2) {
            return true;
        }
        let unit_last = self.unit(end - 1).is_some_and(|(_, (_, plural))| !plural);
        let before = end - 2;
        let counted = self
            .number(before)
            .is_some_and(|(stop, n)| stop == end - 1 && n != 1.0);
        self.is(i, "the") && unit_last && (self.joining_hyphen(before) || counted)
    }

    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether token `i` touches the token before it.
    fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    /// Whether token `i` is a hyphen joining two words (`two-year`).
    fn joining_hyphen(&self, i: usize) -> bool {
        self.is(i, "-") && self.tight(i) && self.tight(i + 1)
    }

    fn phrase_at(&self, i: usize, phrase: &[String]) -> Option<usize> {
        let end = i + phrase.len();
        (end <= self.toks.len()
            && phrase.iter().enumerate().all(|(k, w)| self.is(i + k, w))
            && (1..phrase.len()).all(|k| {
                // Inside a phrase an apostrophe or hyphen must touch its words.
                !matches!(self.lower(i + k), "'" | "-") || self.tight(i + k)
            }))
        .then_some(end)
    }

    fn longest_phrase(&self, i: usize, phrases: &[Phrase]) -> Option<usize> {
        phrases.iter().filter_map(|p| self.phrase_at(i, p)).max()
    }

    fn skip(&self, i: usize, word: &str) -> usize {
        if self.is(i, word) {
            i + 1
        } else {
            i
        }
    }

    /// Skips a period that closes an abbreviation (`Sept.`).
    fn skip_period(&self, i: usize) -> usize {
        if self.is(i, ".") && self.tight(i) {
            i + 1
        } else {
            i
        }
    }

    // ----- numbers -------------------------------------------------------

    /// A cardinal number in digits or words.
    fn number(&self, i: usize) -> Parsed<f64> {
        match self.kind(i)? {
            Kind::Number => {
                let mut value: f64 = self.lower(i).parse().ok()?;
                let mut j = i + 1;
                while self.is(j, ",")
                    && self.tight(j)
                    && self.tight(j + 1)
                    && self.kind(j + 1) == Some(Kind::Number)
                    && self.lower(j + 1).len() == 3
                {
                    value = value * 1000.0 + self.lower(j + 1).parse::<f64>().ok()?;
                    j += 2;
                }
                if self.is(j, ".")
                    && self.tight(j)
                    && self.tight(j + 1)
                    && self.kind(j + 1) == Some(Kind::Number)
                {
                    let fraction: f64 = format!("0.{}", self.lower(j + 1)).parse().ok()?;
                    value += fraction;
                    j += 2;
                }
                if let Some(fraction) = self.fraction(j) {
                    value += fraction;
                    j += 3;
                }
                Some((j, value))
            }
            Kind::Word => self.word_number(i),
            _ => None,
        }
    }

    /// `1/2` in `2 1/2 years`.
    fn fraction(&self, j: usize) -> Option<f64> {
        let numerator: f64 = self.toks.get(j)?.number()?.into();
        let denominator: f64 = self.toks.get(j + 2)?.number()?.into();
        (self.is(j + 1, "/")
            && self.tight(j + 1)
            && self.tight(j + 2)
            && numerator < denominator
            && denominator > 0.0)
            .then(|| numerator / denominator)
    }

    /// A number in words: `seventeen`, `twenty-four`, `a hundred and ten`.
    fn word_number(&self, i: usize) -> Parsed<f64> {
        let numbers = &self.lex.numbers;
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut j = i;
        let mut any = false;
        loop {
            let word = self.lower(j);
            if (word == "a" || word == "an") && !any {
                match numbers.get(self.lower(j + 1)) {
                    Some(&v) if v == 12 || v >= 100 => {
                        current = 1;
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if word == "and" && current >= 100 && current.is_multiple_of(100) {
                if numbers.get(self.lower(j + 1)).is_some_and(|&v| v < 100) {
                    j += 1;
                    continue;
                }
                break;
            }
            if word == "-" && any && self.joining_hyphen(j) && current.is_multiple_of(10) {
                match numbers.get(self.lower(j + 1)) {
                    Some(&v) if v < 10 && current >= 20 => {
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            let Some(&v) = numbers.get(word) else { break };
            match v {
                100 => current = current.max(1).saturating_mul(100),
                12 if word == "dozen" => current = current.max(1).saturating_mul(12),
                v if v >= 1000 => {
                    total = total.saturating_add(current.max(1).saturating_mul(v));
                    current = 0;
                }
                v if v < 10 => {
                    if !current.is_multiple_of(10)
                        || (!current.is_multiple_of(100) && current % 100 < 20)
                    {
                        break;
                    }
                    current = current.saturating_add(v);
                }
                v => {
                    if !current.is_multiple_of(100) {
                        break;
                    }
                    current = current.saturating_add(v);
                }
            }
            any = true;
            j += 1;
        }
        any.then_some((j, total.saturating_add(current) as f64))
    }

    /// An ordinal: `third`, `22nd`, `twenty-first`.
    fn ordinal(&self, i: usize) -> Parsed<u32> {
        let word = self.lower(i);
        if self.kind(i) == Some(Kind::Mixed) {
            let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
            let suffix = &word[digits.len()..];
            if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
                return Some((i + 1, digits.parse().ok()?));
            }
            return None;
        }
        if let Some(&tens) = self.lex.numbers.get(word) {
            if (20..100).contains(&tens) && tens % 10 == 0 && self.joining_hyphen(i + 1) {
                let unit = *self.lex.ordinals.get(self.lower(i + 2))?;
                if (1..10).contains(&unit) {
                    return Some((i + 3, tens as u32 + unit as u32));
                }
            }
            return None;
        }
        let value = *self.lex.ordinals.get(word)?;
        (value > 0).then_some((i + 1, value as u32))
    }

    /// A day of the month: `22`, `22nd`, `twenty-second`.
    fn day_number(&self, i: usize) -> Parsed<u32> {
        let (j, day) = match self.toks.get(i)?.number() {
            Some(n) if self.lower(i).len() <= 2 => (i + 1, n),
            Some(_) => return None,
            None => self.ordinal(i)?,
        };
        // `June 22:30` is no day.
        if self.is(j, ":") && self.tight(j) && self.tight(j + 1) {
            return None;
        }
        (1..=31).contains(&day).then_some((j, day))
    }

    /// A year: `1965`, `nineteen ninety-six`, `two thousand one`.
    fn year(&self, i: usize) -> Parsed<i32> {
        let tok = self.toks.get(i)?;
        if tok.kind == Kind::Number {
            if tok.lower.len() != 4 {
                return None;
            }
            let year: i32 = tok.lower.parse().ok()?;
            let joined_number = |k: usize| {
                self.is_any(k, &[",", ".", ":", "/"])
                    && self.tight(k)
                    && self.tight(k + 1)
                    && self.kind(k + 1) == Some(Kind::Number)
            };
            let after_number =
                i >= 2 && joined_number(i - 1) && self.kind(i - 2) == Some(Kind::Number);
            let currency = i >= 1 && self.is_any(i - 1, &["$", "£", "€", "#"]);
            if !(1000..=2199).contains(&year) || joined_number(i + 1) || after_number || currency {
                return None;
            }
            return Some((i + 1, year));
        }
        self.clipped_year(i).or_else(|| self.year_in_words(i))
    }

    /// `'97`: a year with its century clipped.
    fn clipped_year(&self, i: usize) -> Parsed<i32> {
        let digits = self.toks.get(i + 1)?;
        let opens_a_word = self.toks.get(i)?.gap;
        if !self.is(i, "'")
            || !opens_a_word
            || !self.tight(i + 1)
            || digits.kind != Kind::Number
            || digits.lower.len() != 2
            || self.is_any(i + 2, &["%", "percent", "per", "'"])
            || self.kind(i + 2) == Some(Kind::Number)
            || self.unit(i + 2).is_some()
        {
            return None;
        }
        Some((i + 2, unclipped_year(digits.lower.parse().ok()?)))
    }

    /// `nineteen ninety-six`, `two thousand`, `two thousand and one`.
    fn year_in_words(&self, i: usize) -> Parsed<i32> {
        let numbers = &self.lex.numbers;
        let first = *numbers.get(self.lower(i))?;
        if (11..=19).contains(&first) {
            let (j, rest) = self.word_number(i + 1)?;
            return (10.0..100.0)
                .contains(&rest)
                .then_some((j, first as i32 * 100 + rest as i32));
        }
        if first == 2 && self.is(i + 1, "thousand") {
            let mut j = i + 2;
            let mut year = 2000;
            let k = self.skip(j, "and");
            if let Some((end, rest)) = self.word_number(k) {
                if rest < 100.0 {
                    year += rest as i32;
                    j = end;
                }
            }
            return Some((j, year));
        }
        None
    }

    /// A month name, with the period of an abbreviation.
    fn month(&self, i: usize) -> Parsed<(u32, bool)> {
        let &(month, abbreviated) = self.lex.months.get(self.lower(i))?;
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        // `in December.` ends a sentence: only a short form owns its period.
        let end = if abbreviated {
            self.skip_period(i + 1)
        } else {
            i + 1
        };
        Some((end, (month, abbreviated)))
    }

    /// A weekday name; an abbreviation only with its period.
    fn weekday_name(&self, i: usize) -> Parsed<u32> {
        let &(day, abbreviated) = self.lex.weekdays.get(self.lower(i))?;
        if abbreviated {
            let j = self.skip_period(i + 1);
            return (j > i + 1).then_some((j, day));
        }
        Some((i + 1, day))
    }

    /// A unit word: (end, unit, plural).
    fn unit(&self, i: usize) -> Parsed<(Unit, bool)> {
        let word = self.lower(i);
        let unit = *self.lex.units.get(word)?;
        let plural = word.ends_with('s') || word == "millennia";
        Some((i + 1, (unit, plural)))
    }

    /// An amount: a number, `a`/`an`, `a few`, `several`, `a couple of`.
    fn amount(&self, i: usize) -> Parsed<Amount> {
        let word = self.lower(i);
        let couple = self.skip(i, "a");
        if self.is(couple, "couple") && self.is(couple + 1, "of") {
            return Some((couple + 2, Amount::Exact(2.0)));
        }
        if self.is(i, "a") && self.is(i + 1, "few") {
            return Some((i + 2, Amount::Vague));
        }
        if matches!(word, "few" | "several" | "many" | "some") {
            return Some((i + 1, Amount::Vague));
        }
        if matches!(word, "half") && self.is_any(i + 1, &["a", "an"]) {
            return Some((i + 2, Amount::Exact(0.5)));
        }
        if let Some((j, n)) = self.number(i) {
            if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
                return Some((j + 3, Amount::Exact(n + 0.5)));
            }
            return Some((j, Amount::Exact(n)));
        }
        if matches!(word, "a" | "an") {
            return Some((i + 1, Amount::Exact(1.0)));
        }
        None
    }

    // ----- top level -----------------------------------------------------

    /// The longest expression starting at token `i`.
    fn parse_at(&self, i: usize) -> Parsed<Expr> {
        longest([self.approximated(i), self.positioned(i), self.core(i)])
    }

    /// `about six months`, `nearly four years ago`, `around 7:15 p.m.`.
    fn approximated(&self, i: usize) -> Parsed<Expr> {
        let j = self.longest_phrase(i, &self.lex.approximators)?;
        if self.is(j, "the") {
            return None;
        }
        longest([self.clock(j), self.duration(j)])
    }

    /// `early 1990`, `mid-1990s`, `the end of the year`, `earlier this month`.
    fn positioned(&self, i: usize) -> Parsed<Expr> {
        // `the late 1970s`: the article belongs to the expression.
        let first = if self.is(i, "the") && self.is_any(i + 1, &["early", "late", "mid"]) {
            i + 1
        } else {
            i
        };
        let mut j = self.longest_phrase(first, &self.lex.positions)?;
        if self.joining_hyphen(j) {
            j += 1;
        }
        let shifts_in_time = self.is_any(first, &["earlier", "later"]);
        if shifts_in_time && self.is(j, "in") {
            j += 1;
        }
        if let Some(found) = longest([
            self.calendar(j),
            self.quarter(j),
            self.season(j),
            self.decade(j),
            self.century(j),
            self.relative(j),
            self.weekday(j),
            self.day_word(j),
            self.year_expr(j),
            self.reported_quarter(j),
            self.part_then_day(j),
        ]) {
            return Some(found);
        }
        // `the end of the month`, `later in the week`.
        if self.is(j, "the") {
            let (end, (unit, plural)) = self.unit(j + 1)?;
            if !plural {
                return Some((end, relative(unit, 0, false)));
            }
        }
        None
    }

    /// Every rule but the modifiers, longest wins (ties: the first).
    fn core(&self, i: usize) -> Parsed<Expr> {
        longest([
            self.set(i),
            self.clock(i),
            self.calendar(i),
            self.quarter(i),
            self.reported_quarter(i),
            self.holiday(i),
            self.season(i),
            self.decade(i),
            self.century(i),
            self.relative(i),
            self.weekday(i),
            self.day_word(i),
            self.duration(i),
            self.year_expr(i),
            self.year_end(i),
            self.day_of_month(i),
            self.reference(i),
        ])
    }

    /// The second half of a range after the expression `first` that ends at
    /// token `end`, which it may adjust: `August 23 and 24, 2025` (the day
    /// alone, the year covering both), `Monday through Wednesday` (two
    /// weekdays resolved together).
    fn range_end(&self, end: usize, first: &mut Expr) -> Option<Match> {
        if !self.is_any(end, &["and", "to", "through", "-", "or", "until", "till"]) {
            return None;
        }
        match first {
            Expr::Calendar {
                year,
                period: Period::Day(month, _),
            } => {
                let second = self.day_continuation(end, *year, *month)?;
                if let Expr::Calendar {
                    year: stated @ YearRef::Explicit(_),
                    ..
                } = second.expr
                {
                    *year = stated;
                }
                Some(second)
            }
            // `Friday and Thursday` lists days; `to`, `through` span them, and
            // so does `and`/`or` between consecutive days (`on Friday and
            // Saturday`): the two are placed together, both on one side
            // of the DCT.
            Expr::Weekday {
                day,
                direction: direction @ Direction::ByTense,
            } => {
                let (
                    stop,
                    Expr::Weekday {
                        day: last,
                        direction: Direction::ByTense,
                    },
                ) = self.weekday(end + 1)?
                else {
                    return None;
                };
                if self.is_any(end, &["and", "or"]) && last != *day % 7 + 1 {
                    return None;
                }
                *direction = Direction::RangeStart { last };
                let second = Expr::Weekday {
                    day: last,
                    direction: Direction::RangeEnd { first: *day },
                };
                Some(Match {
                    start: end + 1,
                    end: stop,
                    expr: second,
                })
            }
            _ => None,
        }
    }

    /// `24` in `August 23 and 24`: a day of the same month.
    fn day_continuation(&self, end: usize, year: YearRef, month: u32) -> Option<Match> {
        let (day_end, day) = self.day_number(end + 1)?;
        let joined_number =
            self.is_any(day_end, &["/", "."]) && self.tight(day_end) && self.tight(day_end + 1);
        if self.month(day_end).is_some() || self.unit(day_end).is_some() || joined_number {
            return None;
        }
        let (stop, year) = match self.year(self.skip(day_end, ",")) {
            Some((stop, y)) => (stop, YearRef::Explicit(y)),
            None => (day_end, year),
        };
        Some(Match {
            start: end + 1,
            end: stop,
            expr: Expr::Calendar {
                year,
                period: Period::Day(month, day),
            },
        })
    }

    // ----- rules ---------------------------------------------------------

    /// `June 22, 1965`, `Aug. 27`, `22 June 1965`, `December 2021`,
    /// `in February`, `2025-06-19`, `Monday, March 3`.
    fn calendar(&self, i: usize) -> Parsed<Expr> {
        if let Some(found) = self.iso_date(i).or_else(|| self.numeric_date(i)) {
            return Some(found);
        }
        let mut j = i;
        if let Some((after, _)) = self.weekday_name(j) {
            j = self.skip(after, ",");
        }
        let named_weekday = j > i;
        // Month Day [,] [Year]
        if let Some((after_month, (month, abbreviated))) = self.month(j) {
            if let Some((after_day, day)) = self.day_number(after_month) {
                if !self
                    .unit(after_day)
                    .is_some_and(|(_, (u, _))| u != Unit::Weekend)
                {
                    let k = self.skip(after_day, ",");
                    if let Some((end, year)) = self.year(k) {
                        return Some((end, day_of(YearRef::Explicit(year), month, day)));
                    }
                    return Some((after_day, day_of(YearRef::Infer, month, day)));
                }
            }
            let k = self.skip(self.skip(after_month, ","), "of");
            if let Some((end, year)) = self.year(k) {
                return Some((end, month_of(YearRef::Explicit(year), month)));
            }
            // `June last year`, `January of this year`.
            if let Some((end, offset)) = self.year_offset(k) {
                return Some((end, month_of(YearRef::Offset(offset), month)));
            }
            if named_weekday {
                return None;
            }
            let ambiguous = matches!(month, 3 | 5) && !abbreviated;
            // `in March`, and `mid-March` after its hyphen.
            let cue = if i >= 2 && self.joining_hyphen(i - 1) {
                i - 2
            } else {
                i.wrapping_sub(1)
            };
            let after_preposition = i >= 1 && self.is_any(cue, MONTH_PREPOSITIONS);
            let bare_abbreviation = abbreviated && after_month == j + 1;
            if (ambiguous && !after_preposition) || bare_abbreviation {
                return None;
            }
            return Some((after_month, month_of(YearRef::Infer, month)));
        }
        // Day Month [Year], `the 22nd of June`
        let (after_day, day) = self.day_number(self.skip(j, "the"))?;
        let (after_month, (month, _)) = self.month(self.skip(after_day, "of"))?;
        if let Some((end, year)) = self.year(self.skip(after_month, ",")) {
            return Some((end, day_of(YearRef::Explicit(year), month, day)));
        }
        Some((after_month, day_of(YearRef::Infer, month, day)))
    }

    /// `2025/06/19`, `2025.06.19`, `6/19/2025`, `19/6/2025` (a first number
    /// over 12 is the day).
    fn numeric_date(&self, i: usize) -> Parsed<Expr> {
        let sep = self.lower(i + 1);
        if !matches!(sep, "/" | ".") || !(1..5).all(|k| self.tight(i + k)) || !self.is(i + 3, sep) {
            return None;
        }
        let number = |k: usize| self.toks.get(k).and_then(Token::number);
        let (a, b, c) = (number(i)?, number(i + 2)?, number(i + 4)?);
        let (year, month, day) = if self.lower(i).len() == 4 {
            (a, b, c)
        } else if matches!(self.lower(i + 4).len(), 2 | 4) && sep == "/" {
            // `3/15/98`: a two-digit year is clipped.
            let year = if c < 100 {
                unclipped_year(c as i32) as u32
            } else {
                c
            };
            if a > 12 {
                (year, b, a)
            } else {
                (year, a, b)
            }
        } else {
            return None;
        };
        // Not part of a longer number (`1.2.3.4`, a version string).
        if self.is_any(i + 5, &["/", "."]) && self.tight(i + 5) && self.tight(i + 6) {
            return None;
        }
        if !(1000..=2199).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day)
        {
            return None;
        }
        let date = day_of(YearRef::Explicit(year as i32), month, day);
        if let Some((end, (hour, minute, second))) = self.clock_digits(i + 5) {
            let day = Some(Box::new(date));
            return Some((
                end,
                Expr::Clock {
                    hour,
                    minute,
                    second,
                    day,
                },
            ));
        }
        Some((i + 5, date))
    }

    /// `this year`, `last year`, `next year` after a month: the year offset.
    fn year_offset(&self, i: usize) -> Parsed<i32> {
        let offset = match self.lower(i) {
            "this" => 0,
            "last" | "past" => -1,
            "next" => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some((i + 2, offset))
    }

    /// `2025-06-19`, `2025-06-19 23:40:00`, `2025-06-19T23:40`, `2025-06`.
    fn iso_date(&self, i: usize) -> Parsed<Expr> {
        let (j, year) = self.year(i)?;
        if self.lower(i).len() != 4 || !self.joining_hyphen(j) {
            return None;
        }
        // `19T23` is one token: the day and the hour of `2025-06-19T23:40`.
        if let Some((day, hour)) = self.lower(j + 3).split_once('t') {
            let month = self.toks.get(j + 1)?.number()?;
            let (day, hour): (u32, u32) = (day.parse().ok()?, hour.parse().ok()?);
            if !self.joining_hyphen(j + 2) || !self.is(j + 4, ":") || !self.tight(j + 4) {
                return None;
            }
            let minute = self.toks.get(j + 5)?.number().filter(|m| *m < 60)?;
            let (end, second) = match self.toks.get(j + 7).and_then(Token::number) {
                Some(sec) if self.is(j + 6, ":") && self.tight(j + 6) && sec < 60 => {
                    (j + 8, Some(sec))
                }
                _ => (j + 6, None),
            };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 24 {
                return None;
            }
            let date = day_of(YearRef::Explicit(year), month, day);
            return Some((end, clock_on(date, (hour, minute, second))));
        }
        let month = self
            .toks
            .get(j + 1)?
            .number()
            .filter(|m| (1..=12).contains(m))?;
        if self.lower(j + 1).len() != 2 {
            return None;
        }
        let year = YearRef::Explicit(year);
        if !self.joining_hyphen(j + 2) {
            return Some((j + 2, month_of(year, month)));
        }
        let day = self
            .toks
            .get(j + 3)?
            .number()
            .filter(|d| (1..=31).contains(d))?;
        let date = day_of(year, month, day);
        let mut k = j + 4;
        if self.is(k, "t") && self.tight(k) {
            k += 1;
        }
        if let Some((end, time)) = self.clock_digits(k) {
            return Some((end, clock_on(date, time)));
        }
        Some((j + 4, date))
    }

    /// `23:40`, `23:40:00`: (hour, minute, second).
    fn clock_digits(&self, i: usize) -> Parsed<(u32, u32, Option<u32>)> {
        let hour = self.toks.get(i)?.number().filter(|h| *h <= 24)?;
        if self.lower(i).len() > 2 || !(self.is(i + 1, ":") && self.tight(i + 1)) {
            return None;
        }
        let minute = self.toks.get(i + 2)?.number().filter(|m| *m < 60)?;
        if self.lower(i + 2).len() != 2 || !self.tight(i + 2) {
            return None;
        }
        if self.is(i + 3, ":") && self.tight(i + 3) && self.tight(i + 4) {
            if let Some(second) = self.toks.get(i + 4).and_then(Token::number) {
                if second < 60 && self.lower(i + 4).len() == 2 {
                    return Some((i + 5, (hour, minute, Some(second))));
                }
            }
        }
        Some((i + 3, (hour, minute, None)))
    }

    /// `a.m.`, `p.m.`, `am`, `pm`: true for the afternoon.
    fn meridiem(&self, i: usize) -> Parsed<bool> {
        let word = self.lower(i);
        if matches!(word, "am" | "pm") && self.kind(i) == Some(Kind::Word) {
            return Some((self.skip_period(i + 1), word == "pm"));
        }
        if matches!(word, "a" | "p") && self.is(i + 1, ".") && self.is(i + 2, "m") {
            if !(self.tight(i + 1) && self.tight(i + 2)) {
                return None;
            }
            return Some((self.skip_period(i + 3), word == "p"));
        }
        None
    }

    /// `3 p.m.`, `10:35 a.m. EST`, `noon Thursday`, `5 p.m. EST, Nov. 9`.
    fn clock(&self, i: usize) -> Parsed<Expr> {
        let (mut j, hour, minute, second) = if self.is(i, "noon") {
            (i + 1, 12, 0, None)
        } else if self.is(i, "midnight") {
            (i + 1, 24, 0, None)
        } else if let Some((j, (hour, minute, second))) = self.clock_digits(i) {
            (j, hour, minute, second)
        } else {
            let hour = self
                .toks
                .get(i)?
                .number()
                .filter(|h| (1..=12).contains(h))?;
            if self.meridiem(i + 1).is_none() && !self.is(i + 1, "o") {
                return None;
            }
            (i + 1, hour, 0, None)
        };
        let mut hour = hour;
        if let Some((end, afternoon)) = self.meridiem(j) {
            if hour > 12 {
                return None;
            }
            hour = match (afternoon, hour) {
                (true, h) if h < 12 => h + 12,
                (false, 12) => 0,
                (_, h) => h,
            };
            j = end;
        } else if self.is(j, "o") && self.is(j + 1, "'") && self.is(j + 2, "clock") {
            j += 3;
        }
        if self.lex.timezones.iter().any(|z| self.is(j, z)) {
            j += 1;
        }
        let k = self.skip(j, ",");
        let day = longest([self.calendar(k), self.weekday(k), self.day_word(k)]);
        let (end, day) = match day {
            Some((end, day)) => (end, Some(Box::new(day))),
            None => (j, None),
        };
        Some((
            end,
            Expr::Clock {
                hour,
                minute,
                second,
                day,
            },
        ))
    }

    /// `year-end`, `the year's end`, `year end`: the last day of the year.
    fn year_end(&self, i: usize) -> Parsed<Expr> {
        let mut j = self.skip(i, "the");
        if !self.is(j, "year") {
            return None;
        }
        j += 1;
        if self.joining_hyphen(j) || (self.is(j, "'") && self.is(j + 1, "s")) {
            j += if self.is(j, "-") { 1 } else { 2 };
        }
        self.is(j, "end")
            .then_some((j + 1, day_of(YearRef::Infer, 12, 31)))
    }

    /// `1990`, `fiscal 1989`, `the year two thousand`.
    fn year_expr(&self, i: usize) -> Parsed<Expr> {
        let mut j = i;
        if self.is(j, "fiscal") {
            j = self.skip(j + 1, "year");
        } else if self.is(j, "the") && self.is(j + 1, "year") {
            j += 2;
        } else if self.is(j, "fy") {
            j += 1;
        } else if let Some(digits) = self.lower(j).strip_prefix("fy") {
            // `FY2024`, `FY99`
            let year: i32 = match digits.len() {
                4 => digits.parse().ok()?,
                2 => unclipped_year(digits.parse().ok()?),
                _ => return None,
            };
            return Some((
                j + 1,
                Expr::Calendar {
                    year: YearRef::Explicit(year),
                    period: Period::Year,
                },
            ));
        }
        let (end, year) = self.year(j)?;
        // `1,500 people` is no year, but a year is followed by nothing numeric.
        if self.is_any(end, &["%", "percent"]) {
            return None;
        }
        Some((
            end,
            Expr::Calendar {
                year: YearRef::Explicit(year),
                period: Period::Year,
            },
        ))
    }

    /// `the 1990s`, `the '80s`, `the nineties`.
    fn decade(&self, i: usize) -> Parsed<Expr> {
        let j = self.skip(i, "the");
        // `the nineties`; without `the` it is more often an age.
        if let Some(tens) = self.lower(j).strip_suffix("ies") {
            let tens = self.lex.numbers.get(&format!("{tens}y")).copied();
            if let Some(tens) = tens.filter(|t| (20..100).contains(t) && j > i) {
                return Some((j + 1, Expr::Decade(190 + tens as i32 / 10)));
            }
        }
        let (digits, end) = if self.is(j, "'") && self.tight(j + 1) {
            let word = self.lower(j + 1);
            let digits = word.strip_suffix('s')?;
            if digits.len() != 2 {
                return None;
            }
            (format!("19{digits}"), j + 2)
        } else {
            (self.lower(j).strip_suffix('s')?.to_string(), j + 1)
        };
        if digits.len() != 4
            || !digits.ends_with('0')
            || !digits.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let decade: i32 = digits[..3].parse().ok()?;
        Some((end, Expr::Decade(decade)))
    }

    /// `the 20th century`, `the eleventh century`.
    fn century(&self, i: usize) -> Parsed<Expr> {
        let j = self.skip(i, "the");
        let (k, ordinal) = self.ordinal(j)?;
        let (end, (unit, plural)) = self.unit(self.skip(k, "-"))?;
        if unit != Unit::Century || plural || ordinal == 0 {
            return None;
        }
        Some((end, Expr::Century(ordinal as i32 - 1)))
    }

    /// `the third quarter`, `third-quarter`, `the fiscal first quarter`,
    /// `the 1988 second quarter`, `this year's third quarter`,
    /// `the fourth quarter of 1989`, `the first half`.
    fn quarter(&self, i: usize) -> Parsed<Expr> {
        let mut j = self.skip(i, "the");
        let mut year = YearRef::Infer;
        if let Some((k, y)) = self.year(j) {
            year = YearRef::Explicit(y);
            // `1998-Q1`
            j = if self.joining_hyphen(k) { k + 1 } else { k };
        } else if let Some((k, offset)) = self.year_offset(j) {
            if self.is(k, "'") && self.is(k + 1, "s") {
                year = YearRef::Offset(offset);
                j = k + 2;
            }
        } else if self.is(j, "year")
            && self.joining_hyphen(j + 1)
            && self.is_any(j + 2, &["ago", "earlier"])
        {
            year = YearRef::Offset(-1);
            j += 3;
        }
        if self.is(j, "fiscal") {
            j += 1;
            if self.joining_hyphen(j) {
                j += 1;
            }
        }
        let (period, mut end) = match self.short_quarter(j) {
            Some((end, period)) => (period, end),
            None => {
                let (k, n) = match self.ordinal(j) {
                    Some(found) => found,
                    None if self.is_any(j, &["last", "final"]) => (j + 1, u32::MAX),
                    None => return None,
                };
                let k = if self.joining_hyphen(k) { k + 1 } else { k };
                let period = match self.lower(k) {
                    "quarter" if (1..=4).contains(&n) => Period::Quarter(n),
                    // `the last quarter of 1997`; alone, `last quarter` is
                    // the one before the document's (see `relative`).
                    "quarter" if n == u32::MAX && self.year(self.year_after(k + 1)).is_some() => {
                        Period::Quarter(4)
                    }
                    "half" if (1..=2).contains(&n) => Period::Half(n),
                    "half" if n == u32::MAX => Period::Half(2),
                    _ => return None,
                };
                (period, k + 1)
            }
        };
        if year == YearRef::Infer {
            if let Some((stop, y)) = self.year(self.year_after(end)) {
                year = YearRef::Explicit(y);
                end = stop;
            }
        }
        Some((end, Expr::Calendar { year, period }))
    }

    /// Where the year of `the third quarter, of fiscal 1998` would start.
    fn year_after(&self, end: usize) -> usize {
        self.skip(self.skip(self.skip(end, ","), "of"), "fiscal")
    }

    /// `Q3`, `3Q`, `H1`, `1H`, and `1998-Q1`'s `Q1`.
    fn short_quarter(&self, i: usize) -> Parsed<Period> {
        if self.kind(i) != Some(Kind::Mixed) {
            return None;
        }
        let word = self.lower(i);
        let (letter, digit) = if word.len() == 2 && word.is_char_boundary(1) {
            let (a, b) = word.split_at(1);
            if a.chars().all(|c| c.is_ascii_digit()) {
                (b, a)
            } else {
                (a, b)
            }
        } else {
            return None;
        };
        let n: u32 = digit.parse().ok()?;
        let period = match letter {
            "q" if (1..=4).contains(&n) => Period::Quarter(n),
            "h" if (1..=2).contains(&n) => Period::Half(n),
            _ => return None,
        };
        Some((i + 1, period))
    }

    /// `the quarter`, `the latest quarter`, `the year-ago period`,
    /// `last year's quarter`, `the same period last year`.
    fn reported_quarter(&self, i: usize) -> Parsed<Expr> {
        let mut years_back = 0;
        let mut qualified = false;
        let mut j = match self.year_offset(i) {
            Some((k, offset)) if self.is(k, "'") && self.is(k + 1, "s") => {
                years_back = -offset;
                qualified = true;
                k + 2
            }
            _ if self.is(i, "the") => i + 1,
            _ => return None,
        };
        let mut year = None;
        let mut latest = false;
        if let Some((k, y)) = self.year(j) {
            year = Some(y);
            qualified = true;
            j = k;
        }
        loop {
            if self.is(j, "year")
                && self.joining_hyphen(j + 1)
                && self.is_any(j + 2, &["ago", "earlier"])
            {
                years_back = 1;
                qualified = true;
                j += 3;
            } else if self.is_any(j, &["latest", "most"]) {
                latest = true;
                qualified = true;
                j += 1;
            } else if self.is_any(
                j,
                &["recent", "comparable", "corresponding", "same", "fiscal"],
            ) {
                qualified = true;
                j += 1;
            } else {
                break;
            }
        }
        match self.lower(j) {
            "quarter" => {}
            "period" if qualified => {}
            _ => return None,
        }
        let mut end = j + 1;
        // `the same period last year`
        if let Some((stop, offset)) = self.year_offset(end) {
            if years_back == 0 && offset < 0 {
                years_back = -offset;
                end = stop;
            }
        }
        // `the latest quarter` is the last one over before the document date.
        if latest && years_back == 0 && year.is_none() {
            return Some((end, relative(Unit::Quarter, -1, false)));
        }
        Some((end, Expr::ReportedQuarter { years_back, year }))
    }

    /// `Thanksgiving Day`, `Christmas 1990`.
    fn holiday(&self, i: usize) -> Parsed<Expr> {
        let (end, rule) = self
            .lex
            .holidays
            .iter()
            .filter_map(|(p, rule)| Some((self.phrase_at(i, p)?, *rule)))
            .max_by_key(|(end, _)| *end)?;
        let period = Period::Holiday(rule);
        if let Some((stop, y)) = self.year(self.skip(end, ",")) {
            return Some((
                stop,
                Expr::Calendar {
                    year: YearRef::Explicit(y),
                    period,
                },
            ));
        }
        Some((
            end,
            Expr::Calendar {
                year: YearRef::Infer,
                period,
            },
        ))
    }

    /// `summer`, `the summer of 1994`, `the winter of nineteen ninety-four`.
    fn season(&self, i: usize) -> Parsed<Expr> {
        let the = self.is(i, "the");
        let j = self.skip(i, "the");
        let word = self.lower(j);
        let season = Season::from_code(self.lex.seasons.get(word)?)?;
        let k = self.skip(j + 1, "of");
        if let Some((end, y)) = self.year(k) {
            return Some((
                end,
                Expr::Calendar {
                    year: YearRef::Explicit(y),
                    period: Period::Season(season),
                },
            ));
        }
        // A bare `fall` or `spring` is usually a verb or a noun of another sense.
        let after_preposition = i >= 1 && self.is_any(i - 1, MONTH_PREPOSITIONS);
        if matches!(word, "fall" | "spring") && !the && !after_preposition {
            return None;
        }
        Some((
            j + 1,
            Expr::Calendar {
                year: YearRef::Infer,
                period: Period::Season(season),
            },
        ))
    }

    /// `this month`, `last year`, `the past year`, `next week`, `last April`,
    /// `this summer`, `this past spring`, `the weekend`, `the following year`,
    /// `that year`, `the year`.
    fn relative(&self, i: usize) -> Parsed<Expr> {
        let the = self.is(i, "the");
        let mut j = self.skip(i, "the");
        // `the following year` and `that year` count from the time the text
        // last spoke of, `next year` from the document date.
        let (offset, from_reference) = match self.lower(j) {
            "this" | "current" | "present" if !the || !self.is(j, "this") => (0, false),
            // `that day` alone is seldom marked; `earlier that day`, `that
            // year` and `that quarter` are.
            "same" | "that"
                if (!the || self.is(j, "same"))
                    && (!self.is(j + 1, "day")
                        || (i > 0 && self.is_any(i - 1, &["earlier", "later"]))) =>
            {
                (0, true)
            }
            "last" | "past" => (-1, false),
            "previous" | "preceding" | "prior" => (-1, the),
            "next" | "coming" | "upcoming" => (1, false),
            "following" => (1, the),
            _ if the => return self.the_period(j),
            _ => return None,
        };
        j += 1;
        let mut offset = offset;
        if offset == 0 && self.is(j, "past") {
            offset = -1;
            j += 1;
        }
        if self.is(j, "fiscal") {
            j += 1;
            if self.joining_hyphen(j) {
                j += 1;
            }
        }
        let anchored = match offset {
            -1 => YearRef::Previous,
            1 => YearRef::Next,
            _ => YearRef::Offset(0),
        };
        if let Some((end, (unit, plural))) = self.unit(j) {
            if plural || matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            return Some((end, relative(unit, offset, from_reference)));
        }
        // `the next morning`, `the previous night`: the day before or after
        // the one the text speaks of.
        let part = self.lower(j);
        if the && offset != 0 && self.lex.parts_of_day.contains_key(part) && !part.ends_with('s') {
            return Some((j + 1, relative(Unit::Day, offset, true)));
        }
        if the || from_reference {
            return None;
        }
        if let Some((end, (month, _))) = self.month(j) {
            // `last Oct. 23`
            if let Some((stop, day)) = self.day_number(end) {
                return Some((stop, day_of(anchored, month, day)));
            }
            return Some((end, month_of(anchored, month)));
        }
        if let Some(season) = self
            .lex
            .seasons
            .get(self.lower(j))
            .and_then(|c| Season::from_code(c))
        {
            return Some((
                j + 1,
                Expr::Calendar {
                    year: anchored,
                    period: Period::Season(season),
                },
            ));
        }
        None
    }

    /// After `the`: `the weekend`, `the week`, `the year` (a date), and
    /// `the year ended June 30` (a year-long duration).
    fn the_period(&self, j: usize) -> Parsed<Expr> {
        let k = if self.is_any(j, &["fiscal", "full", "whole", "entire"]) {
            j + 1
        } else {
            j
        };
        let (end, (unit, plural)) = self.unit(k)?;
        if plural || !matches!(unit, Unit::Weekend | Unit::Week | Unit::Year) {
            return None;
        }
        // `the year-ago quarter`, `the year's end` are other rules' business.
        if self.joining_hyphen(end) || self.is(end, "'") || self.is(end, "before") {
            return None;
        }
        // `the week of March 6`
        if unit == Unit::Week && self.is(end, "of") {
            if let Some((
                stop,
                Expr::Calendar {
                    year,
                    period: Period::Day(month, day),
                },
            )) = self.calendar(end + 1)
            {
                let period = Period::WeekOf(month, day);
                return Some((stop, Expr::Calendar { year, period }));
            }
        }
        if unit == Unit::Year && self.is_any(end, &["ended", "ending"]) {
            return Some((
                end,
                Expr::Duration {
                    amount: Amount::Exact(1.0),
                    unit,
                },
            ));
        }
        Some((end, relative(unit, 0, false)))
    }

    /// `Friday`, `last Friday`, `this Sunday`, `Wednesday night`, `Mondays`.
    fn weekday(&self, i: usize) -> Parsed<Expr> {
        let direction = match self.lower(i) {
            "last" | "past" => Direction::Previous,
            "next" => Direction::Next,
            "this" | "coming" => Direction::This,
            _ => Direction::ByTense,
        };
        let j = if direction == Direction::ByTense {
            i
        } else {
            i + 1
        };
        if direction == Direction::ByTense {
            if let Some(set) = self.weekly(j) {
                return Some(set);
            }
        }
        let (mut end, day) = self.weekday_name(j)?;
        if direction == Direction::ByTense
            && self.is(end, "'")
            && self.tight(end)
            && self.is(end + 1, "s")
        {
            return Some((
                end,
                Expr::Weekday {
                    day,
                    direction: Direction::Latest,
                },
            ));
        }
        // `Friday night` stays inside the expression; TimeML annotators
        // value it as the day.
        let part = self.lower(end);
        if self.lex.parts_of_day.contains_key(part) && !part.ends_with('s') {
            end += 1;
        }
        Some((end, Expr::Weekday { day, direction }))
    }

    /// `Mondays`, `Tuesday nights`: recurrences.
    fn weekly(&self, i: usize) -> Parsed<Expr> {
        let word = self.lower(i);
        if let Some(singular) = word.strip_suffix('s') {
            if let Some(&(day, false)) = self.lex.weekdays.get(singular) {
                return Some((i + 1, Expr::Set(format!("XXXX-WXX-{day}"))));
            }
        }
        let &(day, false) = self.lex.weekdays.get(word)? else {
            return None;
        };
        let part = self.lower(i + 1);
        if part.ends_with('s') {
            let code = self.lex.parts_of_day.get(part)?;
            return Some((i + 2, Expr::Set(format!("XXXX-WXX-{day}T{code}"))));
        }
        None
    }

    /// `today`, `yesterday morning`, `tonight`, `last night`, `this morning`.
    fn day_word(&self, i: usize) -> Parsed<Expr> {
        let word = self.lower(i);
        let part_after = |j: usize| {
            self.lex
                .parts_of_day
                .get(self.lower(j))
                .filter(|_| !self.lower(j).ends_with('s'))
                .cloned()
        };
        if let Some((days, part)) = self.lex.day_words.get(word) {
            if part.is_none() {
                if let Some(part) = part_after(i + 1) {
                    return Some((
                        i + 2,
                        Expr::DayOffset {
                            days: *days,
                            part: Some(part),
                        },
                    ));
                }
            }
            return Some((
                i + 1,
                Expr::DayOffset {
                    days: *days,
                    part: part.clone(),
                },
            ));
        }
        let days = match word {
            "this" => 0,
            "last" if self.is(i + 1, "night") => -1,
            _ => return None,
        };
        let part = part_after(i + 1)?;
        Some((
            i + 2,
            Expr::DayOffset {
                days,
                part: Some(part),
            },
        ))
    }

    /// `afternoon yesterday` in `mid-afternoon yesterday`, or a part of
    /// today alone; only after a position word, since `morning trading` is
    /// no time.
    fn part_then_day(&self, j: usize) -> Parsed<Expr> {
        let word = self.lower(j);
        let part = self
            .lex
            .parts_of_day
            .get(word)
            .filter(|_| !word.ends_with('s'))?;
        let (end, days) = match self.lex.day_words.get(self.lower(j + 1)) {
            Some((days, None)) => (j + 2, *days),
            _ => (j + 1, 0),
        };
        let part = Some(part.clone());
        Some((end, Expr::DayOffset { days, part }))
    }

    /// `six months`, `the past two months`, `a decade`, `two-year`,
    /// `two weeks ago`, `a year earlier`, `year-earlier`.
    fn duration(&self, i: usize) -> Parsed<Expr> {
        let the = self.is(i, "the");
        let mut j = self.skip(i, "the");
        let lead = self.is_any(j, DURATION_LEADS);
        let looks_back = self.is_any(j, &["past", "last", "recent", "previous"]);
        if lead {
            j += 1;
        }
        // `year-ago`, `year-earlier`: one unit back, as an adjective.
        if !the && !lead {
            if let Some((k, (unit, false))) = self.unit(j) {
                if self.joining_hyphen(k) && self.is_any(k + 1, &["ago", "earlier"]) {
                    return Some((k + 2, shifted(Amount::Exact(1.0), unit, -1, true)));
                }
            }
        }
        let (mut k, amount) = match self.amount(j) {
            Some(found) => found,
            // `the past year` is a date (see `relative`); `the past months`
            // and bare `years` are vague amounts.
            None if the || lead => (j, Amount::Vague),
            None => return self.bare_duration(i),
        };
        if self.is_any(k, AMOUNT_FILLERS) {
            k += 1;
        }
        let hyphenated = self.joining_hyphen(k);
        if hyphenated {
            k += 1;
        }
        let (mut end, (unit, plural)) = self.unit(k)?;
        if self.is_some_future_day(i, end) {
            return Some((end, Expr::Reference("FUTURE_REF".to_string())));
        }
        // In `a year-earlier loss` the adjective is `year-earlier` alone.
        if self.joining_hyphen(end) && self.is_any(end + 1, &["ago", "earlier"]) {
            return None;
        }
        // `the 1988 quarter` names no length; `two-year`, `a five year
        // plan` and `a year` do.
        if !plural && !hyphenated && self.year(j).is_some() {
            return None;
        }
        // `$93 million a year earlier` shifts in time; `$5 a year` is a rate.
        if self.is_rate(j) && !self.is_any(end, &["ago", "earlier"]) {
            return None;
        }
        // `three-quarters` is a fraction.
        if plural && hyphenated {
            return None;
        }
        let amount = match amount {
            // `the past months` is vague; `the full year` names no amount.
            Amount::Vague if !plural && self.amount(j).is_none() => return None,
            // `a second time` counts nothing.
            Amount::Exact(n)
                if n == 1.0
                    && unit == Unit::Second
                    && !plural
                    && self.kind(j) != Some(Kind::Number) =>
            {
                return None
            }
            Amount::Exact(n)
                if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") =>
            {
                end += 3;
                Amount::Exact(n + 0.5)
            }
            other => other,
        };
        if self.joining_hyphen(end) && self.is(end + 1, "long") {
            end += 2;
        }
        // Ages (`52 years old`, `a 6-year-old boy`) are no times; `an
        // 8-month-old truce` is.
        if unit_at_least_a_year(unit) && self.is(end, "old") {
            return None;
        }
        if self.joining_hyphen(end) && self.is(end + 1, "old") {
            if unit_at_least_a_year(unit) {
                return None;
            }
            end += 2;
        }
        if self.is(end, "or") && self.is(end + 1, "so") {
            end += 2;
        }
        if !the && !lead && !hyphenated {
            let after = self.lower(end);
            let sign_and_reference = match after {
                "ago" => Some((-1, false)),
                // `three days later` stays a duration, as TimeML marks it.
                "earlier" => Some((-1, true)),
                "hence" => Some((1, false)),
                "from" if self.is(end + 1, "now") => Some((1, false)),
                _ => None,
            };
            if let Some((sign, from_reference)) = sign_and_reference {
                let stop = if after == "from" { end + 2 } else { end + 1 };
                return Some((stop, shifted(amount, unit, sign, from_reference)));
            }
        }
        if lead && !the && amount == Amount::Vague && k == j {
            // `recent months` measures a stretch of the past (TimeML `PXM`);
            // `coming months` points at the future at large.
            return self
                .is(i, "recent")
                .then_some((end, Expr::Duration { amount, unit }));
        }
        // `the last few months` points at the past rather than measuring it.
        if the && looks_back && amount == Amount::Vague {
            return Some((end, Expr::Reference("PAST_REF".to_string())));
        }
        Some((end, Expr::Duration { amount, unit }))
    }

    /// Whether `one day` at `i..end` is the idiom for some future time
    /// (`it will one day be`, `he hopes he one day wins`): between a modal
    /// or a pronoun subject and a verb, rather than counting a day.
    fn is_some_future_day(&self, i: usize, end: usize) -> bool {
        let idiom_words = self.is(i, "one") && self.is(i + 1, "day") && end == i + 2;
        idiom_words
            && i >= 1
            && self.is_any(i - 1, SUBJECTS_AND_MODALS)
            && self.kind(end) == Some(Kind::Word)
            && !self.is_any(
                end,
                &[
                    "of", "after", "before", "later", "earlier", "ago", "and", "or",
                ],
            )
    }

    /// `for years`, `decades-long`: plural units with no amount.
    fn bare_duration(&self, i: usize) -> Parsed<Expr> {
        let (end, (unit, plural)) = self.unit(i)?;
        if !plural && self.joining_hyphen(end) && self.is(end + 1, "long") {
            return Some((
                end + 2,
                Expr::Duration {
                    amount: Amount::Exact(1.0),
                    unit,
                },
            ));
        }
        if plural && self.joining_hyphen(end) && self.is_any(end + 1, &["old", "long"]) {
            return Some((
                end + 2,
                Expr::Duration {
                    amount: Amount::Vague,
                    unit,
                },
            ));
        }
        if !plural {
            return None;
        }
        let after_for = i >= 1 && self.is_any(i - 1, &["for", "over", "within"]);
        (after_for && !self.is(end, "of")).then_some((
            end,
            Expr::Duration {
                amount: Amount::Vague,
                unit,
            },
        ))
    }

    /// `every year`, `each Thursday`, `weekly`, `$5 a year`, `every two weeks`.
    fn set(&self, i: usize) -> Parsed<Expr> {
        let word = self.lower(i);
        if let Some(value) = self.lex.sets.get(word) {
            return Some((i + 1, Expr::Set(value.clone())));
        }
        if matches!(word, "every" | "each") {
            let mut j = i + 1;
            let mut step = 1.0;
            if self.is(j, "other") {
                step = 2.0;
                j += 1;
            } else if let Some((k, Amount::Exact(n))) = self.amount(j).filter(|(k, _)| *k > j) {
                if !self.is(j, "a") {
                    step = n;
                    j = k;
                }
            }
            if let Some((end, (unit, _))) = self.unit(j) {
                return Some((end, Expr::Set(set_value(step, unit))));
            }
            if let Some((end, day)) = self.weekday_name(j) {
                return Some((end, Expr::Set(format!("XXXX-WXX-{day}"))));
            }
            if let Some((end, (month, _))) = self.month(j) {
                return Some((end, Expr::Set(format!("XXXX-{month:02}"))));
            }
            if let Some(code) = self.lex.seasons.get(self.lower(j)) {
                return Some((j + 1, Expr::Set(format!("XXXX-{code}"))));
            }
            if let Some(code) = self.lex.parts_of_day.get(self.lower(j)) {
                return Some((j + 1, Expr::Set(format!("XXXX-XX-XXT{code}"))));
            }
            return None;
        }
        // `twice a year` recurs; `$5 a year` is a rate, not a time.
        if matches!(word, "a" | "per") && i >= 1 && self.is_any(i - 1, &["twice", "once", "times"])
        {
            let (end, (unit, plural)) = self.unit(i + 1)?;
            if !plural {
                return Some((end, Expr::Set(set_value(1.0, unit))));
            }
        }
        None
    }

    /// Whether the `a` or `per` at `i` makes a rate (`$5 a year`,
    /// `700 seats a week`, `24 hours a day`).
    fn is_rate(&self, i: usize) -> bool {
        if !self.is_any(i, &["a", "per"]) || i == 0 {
            return false;
        }
        let previous = &self.toks[i - 1];
        matches!(previous.kind, Kind::Number | Kind::Mixed)
            || self.lex.numbers.contains_key(&previous.lower)
            || matches!(
                previous.lower.as_str(),
                "%" | "percent" | "per" | "twice" | "once" | "times"
            )
            || (previous.kind == Kind::Word
                && previous.lower.len() > 3
                && previous.lower.ends_with('s'))
    }

    /// `on the 20th`: a day of the document's month.
    fn day_of_month(&self, i: usize) -> Parsed<Expr> {
        if !self.is(i, "the") || i == 0 || !self.is_any(i - 1, DAY_PREPOSITIONS) {
            return None;
        }
        let (end, day) = self.ordinal(i + 1)?;
        let closes = match self.kind(end) {
            None | Some(Kind::Punct) => true,
            _ => self.is_any(end, &["and", "or", "to", "through", "when", "at"]),
        };
        ((1..=31).contains(&day) && closes).then_some((end, Expr::DayOfMonth(day)))
    }

    /// `now`, `currently`, `the future`, `recent years`, `coming months`.
    fn reference(&self, i: usize) -> Parsed<Expr> {
        // `recent years`, `past decades`, `coming weeks`.
        let j = self.skip(i, "the");
        let towards = match self.lower(j) {
            "past" => Some("PAST_REF"),
            "coming" | "future" => Some("FUTURE_REF"),
            _ => None,
        };
        if let Some(value) = towards {
            if let Some((end, (_, true))) = self.unit(j + 1) {
                return Some((end, Expr::Reference(value.to_string())));
            }
        }
        let (end, value) = self
            .lex
            .references
            .iter()
            .filter_map(|(p, value)| Some((self.phrase_at(i, p)?, value)))
            .max_by_key(|(end, _)| *end)?;
        // `the future of the peoples` is a fate, not a time.
        if value != "PRESENT_REF" && self.is(i, "the") && self.is(end, "of") {
            return None;
        }
        // `now-defunct` is still now; `current-account` is not a time.
        if value == "PRESENT_REF" && self.is(i, "current") && self.joining_hyphen(end) {
            return None;
        }
        Some((end, Expr::Reference(value.clone())))
    }
}

/// The year of a two-digit `'97` or `FY99`, read as POSIX `%y` does: `69`
/// to `99` in the 1900s, `00` to `68` in the 2000s.
fn unclipped_year(clipped: i32) -> i32 {
    if clipped >= 69 {
        1900 + clipped
    } else {
        2000 + clipped
    }
}

/// The longest of several parses; ties go to the first.
fn longest<const N: usize>(candidates: [Parsed<Expr>; N]) -> Parsed<Expr> {
    let mut best: Parsed<Expr> = None;
    for candidate in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|(end, _)| candidate.0 > *end) {
            best = Some(candidate);
        }
    }
    best
}

fn day_of(year: YearRef, month: u32, day: u32) -> Expr {
    Expr::Calendar {
        year,
        period: Period::Day(month, day),
    }
}

/// A time of day (hour, minute, optional second) on a given day.
fn clock_on(day: Expr, (hour, minute, second): (u32, u32, Option<u32>)) -> Expr {
    Expr::Clock {
        hour,
        minute,
        second,
        day: Some(Box::new(day)),
    }
}

fn month_of(year: YearRef, month: u32) -> Expr {
    Expr::Calendar {
        year,
        period: Period::Month(month),
    }
}

fn relative(unit: Unit, offset: i32, from_reference: bool) -> Expr {
    Expr::Relative {
        unit,
        offset,
        from_reference,
    }
}

fn shifted(amount: Amount, unit: Unit, sign: i32, from_reference: bool) -> Expr {
    Expr::Shifted {
        amount,
        unit,
        sign,
        from_reference,
    }
}

fn unit_at_least_a_year(unit: Unit) -> bool {
    matches!(
        unit,
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium
    )
}

/// The TIMEX3 value of `every <step> <unit>`.
fn set_value(step: f64, unit: Unit) -> String {
    if unit == Unit::Quarter && step == 1.0 {
        return "P1Q".to_string();
    }
    super::resolve::duration_value(Amount::Exact(step), unit)
}
