//! Wires the newsfacts stages together: read and parse every raw file,
//! normalise and extract each article (in parallel: a pure function of one
//! article), merge across articles, and export the tables.
//!
//! ```no_run
//! let report = newsfacts_pipeline::build("raw".as_ref(), "output".as_ref())?;
//! eprintln!("{report}");
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use newsfacts_extract::{extract_article, merge, ArticleRecords};
use newsfacts_normalize::annotate;
use newsfacts_parse::{complete_dateline_years, parse_article, read_page, Article};
use rayon::prelude::*;

pub use newsfacts_export::ExportError;

/// An input file that was not turned into an article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

/// What a build did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildReport {
    /// Files found under the raw folder.
    pub files_read: usize,
    /// Rows written to the articles table.
    pub articles_written: usize,
    /// Rows written per table, in the order written.
    pub table_rows: Vec<(String, usize)>,
    /// Files that were skipped, with the reason.
    pub rejected: Vec<Rejected>,
}

impl fmt::Display for BuildReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "files read: {}, articles written: {}, files rejected: {}",
            self.files_read,
            self.articles_written,
            self.rejected.len()
        )?;
        for (table, rows) in &self.table_rows {
            writeln!(f, "  {table}: {rows} rows")?;
        }
        for rejected in &self.rejected {
            writeln!(
                f,
                "  rejected {}: {}",
                rejected.path.display(),
                rejected.reason
            )?;
        }
        Ok(())
    }
}

/// Why a build failed as a whole (a bad input file never fails a build).
#[derive(Debug)]
pub enum BuildError {
    /// The raw folder could not be listed.
    ListRaw {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The tables could not be written.
    Export(ExportError),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The cause is the error's source, printed by whoever walks the chain.
            BuildError::ListRaw { path, .. } => {
                write!(f, "cannot list raw folder {}", path.display())
            }
            BuildError::Export(_) => write!(f, "cannot write tables"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::ListRaw { source, .. } => Some(source),
            BuildError::Export(e) => Some(e),
        }
    }
}

/// Every file under `dir`, recursively, sorted by path, and the sub-folders
/// that could not be listed (a bad sub-folder never fails a build). Hidden
/// entries are skipped; a folder reached twice (through a symbolic link that
/// loops back) is listed once.
pub fn list_files(dir: &Path) -> Result<(Vec<PathBuf>, Vec<Rejected>), BuildError> {
    let mut files = Vec::new();
    let mut unlisted = Vec::new();
    let mut visited = HashSet::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        // Canonical paths name a folder once whatever links lead to it.
        if let Ok(canonical) = std::fs::canonicalize(&folder) {
            if !visited.insert(canonical) {
                continue;
            }
        }
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(source) if folder == dir => {
                return Err(BuildError::ListRaw {
                    path: folder,
                    source,
                })
            }
            Err(e) => {
                unlisted.push(Rejected {
                    path: folder,
                    reason: format!("cannot list folder: {e}"),
                });
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    unlisted.push(Rejected {
                        path: folder.clone(),
                        reason: format!("cannot list folder: {e}"),
                    });
                    continue;
                }
            };
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    unlisted.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, unlisted))
}

/// Reads and parses one file; `source_file` is its path relative to the raw folder.
pub fn read_article(path: &Path, source_file: &str) -> Result<Article, Rejected> {
    let reject = |reason: String| Rejected {
        path: path.to_path_buf(),
        reason,
    };
    let text = read_page(path).map_err(|e| reject(e.to_string()))?;
    let article = parse_article(source_file, &text);
    if article.text.trim().is_empty() {
        return Err(reject("no article body found".to_owned()));
    }
    Ok(article)
}

/// The name a file gets in the tables: its path relative to the raw folder,
/// with `/` separators on every platform.
pub fn source_name(raw_dir: &Path, path: &Path) -> String {
    path.strip_prefix(raw_dir)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The per-article map step after parsing: normalise, then extract. A pure
/// function of one article.
pub fn records_of(article: &Article) -> ArticleRecords {
    extract_article(article, &annotate(article))
}

/// Builds every table from the files under `raw_dir` into `out_dir`.
///
/// Three steps: parse every file (in parallel); complete the publication
/// year of articles whose dateline gave only a month and day, from the rest
/// of the crawl (the one cross-article fact parsing needs; such rows are
/// flagged `published_year_inferred`); then normalise and extract every
/// article (in parallel) and merge.
pub fn build(raw_dir: &Path, out_dir: &Path) -> Result<BuildReport, BuildError> {
    let (files, mut rejected) = list_files(raw_dir)?;
    let parsed: Vec<Result<Article, Rejected>> = files
        .par_iter()
        .map(|path| read_article(path, &source_name(raw_dir, path)))
        .collect();
    let mut articles = Vec::new();
    for result in parsed {
        match result {
            Ok(article) => articles.push(article),
            Err(e) => rejected.push(e),
        }
    }
    complete_dateline_years(&mut articles);
    let records: Vec<ArticleRecords> = articles.par_iter().map(records_of).collect();
    let dataset = merge::merge(records);
    let table_rows =
        newsfacts_export::write_dataset(&dataset, out_dir).map_err(BuildError::Export)?;
    Ok(BuildReport {
        files_read: files.len(),
        articles_written: dataset.articles.len(),
        table_rows,
        rejected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn folder_linked_back_into_itself_is_listed_once() -> std::io::Result<()> {
        let raw = tempfile::tempdir()?;
        let nested = raw.path().join("nested");
        std::fs::create_dir(&nested)?;
        std::fs::write(nested.join("story.txt"), "text")?;
        std::os::unix::fs::symlink(".", nested.join("again"))?;
        std::fs::write(raw.path().join(".hidden.txt"), "text")?;
        let (files, unlisted) = list_files(raw.path()).map_err(std::io::Error::other)?;
        assert_eq!(files, [nested.join("story.txt")]);
        assert!(unlisted.is_empty());
        Ok(())
    }

    #[test]
    fn missing_raw_folder_names_the_cause_once() {
        let missing = Path::new("/no/such/newsfacts/folder");
        let Err(e) = list_files(missing) else {
            panic!("a missing folder cannot be listed");
        };
        let cause = std::error::Error::source(&e).map(ToString::to_string);
        assert_eq!(
            e.to_string(),
            format!("cannot list raw folder {}", missing.display())
        );
        assert!(cause.is_some_and(|c| !e.to_string().contains(&c)));
    }
}
