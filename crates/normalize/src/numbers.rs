//! Numbers in news text: percentages, ordinals and ranks, money, counts.

use serde::Serialize;

/// What a number measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A share in percent (`49.6%`).
    Percent,
    /// A change in percentage points.
    PercentagePoints,
    /// An ordinal or rank (`118th`, `No. 1`).
    Ordinal,
    /// An amount of money; the unit holds the currency code.
    Money,
    /// A plain count or amount, possibly with a unit noun (`12 meetings`).
    Count,
}

/// A number found in a text, normalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Offset of the first character, in Unicode scalar values.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// The numeric value (`500000000` for `$500 million`).
    pub value: f64,
    /// What kind of number it is.
    pub kind: QuantityKind,
    /// The unit (`%`, `USD`, `KRW`, `years`, `countries`), when stated.
    pub unit: Option<String>,
    /// A hedge or bound (`about`, `more than`), when stated.
    pub qualifier: Option<String>,
}

/// Every number in `text`, in text order.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let _ = text;
    Vec::new()
}
