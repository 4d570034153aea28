//! Asking by citation: whether one citation lies within another, and which clauses import the
//! criteria of another clause.

use super::{Citation, Instrument};

impl Citation {
    /// Whether `other` lies within `self`: the same instrument or document, and every level
    /// `self` names (Điều, khoản, điểm) equal in `other`. A clause therefore contains its
    /// points, an article its clauses, an instrument everything in it. A section contains its
    /// sub-sections (`"1"` contains `"1(2)"` and `"1b"`, not `"12"`).
    ///
    /// ```
    /// use antq::citation::{Citation, Instrument};
    /// let k3 = Citation::clause(Instrument::Tt124, 6, 3);
    /// assert!(k3.contains(&Citation::point(Instrument::Tt124, 6, 3, 'đ')));
    /// assert!(!k3.contains(&Citation::clause(Instrument::Tt124, 6, 4)));
    /// assert!(!Citation::point(Instrument::Tt124, 6, 3, 'a').contains(&k3));
    /// ```
    pub fn contains(&self, other: &Citation) -> bool {
        if self.cites != other.cites {
            return false;
        }
        let level = |mine: Option<u16>, theirs: Option<u16>| mine.is_none() || mine == theirs;
        if !level(self.article, other.article) || !level(self.clause, other.clause) {
            return false;
        }
        if self.point.is_some() && self.point != other.point {
            return false;
        }
        match (&self.section, &other.section) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(mine), Some(theirs)) => match theirs.strip_prefix(mine.as_ref()) {
                None => false,
                Some(rest) => {
                    let splits_number = mine.ends_with(|c: char| c.is_ascii_digit())
                        && rest.starts_with(|c: char| c.is_ascii_digit());
                    !splits_number
                }
            },
        }
    }

    /// The citations whose criteria this clause imports, as the text says: TT124 Đ5 k2 (a
    /// commune meets Đ4 k2, k3 and k4) and Đ7 k3 (a school avoids the cases of Đ6 k3 a, b, c,
    /// đ, e and g). Empty for every other citation. A citation within an importing clause
    /// (none exist today) imports nothing on its own; an article containing one imports what it
    /// imports.
    ///
    /// ```
    /// use antq::citation::{Citation, Instrument};
    /// let d7_k3 = Citation::clause(Instrument::Tt124, 7, 3);
    /// let imported = d7_k3.imports();
    /// assert_eq!(imported.len(), 6);
    /// assert_eq!(imported[3], Citation::point(Instrument::Tt124, 6, 3, 'đ'));
    /// ```
    pub fn imports(&self) -> Vec<Citation> {
        IMPORTS
            .iter()
            .filter(|(importer, _)| self.contains(importer))
            .flat_map(|(_, imported)| imported.iter().cloned())
            .collect()
    }

    /// The article of this citation alone (the same instrument or document, Điều only), if it
    /// names one.
    pub fn article_only(&self) -> Option<Citation> {
        self.article.map(|a| Citation {
            cites: self.cites.clone(),
            article: Some(a),
            clause: None,
            point: None,
            section: None,
        })
    }
}

const fn tt124(article: u16, clause: u16) -> Citation {
    Citation::clause(Instrument::Tt124, article, clause)
}

const fn tt124_pt(article: u16, clause: u16, point: char) -> Citation {
    Citation::point(Instrument::Tt124, article, clause, point)
}

/// Clauses that import criteria of another clause (TT124 Đ5 k2, Đ7 k3).
static IMPORTS: [(Citation, &[Citation]); 2] = [
    (tt124(5, 2), &[tt124(4, 2), tt124(4, 3), tt124(4, 4)]),
    (
        tt124(7, 3),
        &[
            tt124_pt(6, 3, 'a'),
            tt124_pt(6, 3, 'b'),
            tt124_pt(6, 3, 'c'),
            tt124_pt(6, 3, 'đ'),
            tt124_pt(6, 3, 'e'),
            tt124_pt(6, 3, 'g'),
        ],
    ),
];
