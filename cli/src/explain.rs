//! `explain`: every finding of one unit with its citation — TT124, QĐ510, QĐ3554 and the
//! movement-model review — and who decides by when.

use std::fmt::Write as _;

use antq::law::{qd3554, tt124};
use antq::policy::Policy;
use antq::year::{Report, YearInput};
use antq::{KindTag, Lang};

fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// The explanation of unit `id`, or `None` when the input has no such unit.
pub fn explain(
    input: &YearInput,
    report: &Report,
    policy: &Policy,
    id: &str,
    lang: Lang,
) -> Result<Option<String>, antq::Error> {
    let Some(rec) = input.units.iter().find(|u| u.unit.id.as_str() == id) else {
        return Ok(None);
    };
    let u = &rec.unit;
    let year = input.year;
    let counts = if u.tag() == KindTag::Commune {
        report
            .communes
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| c.units)
            .or(rec.safety.units)
    } else {
        rec.safety.units
    };
    let mut s = String::new();
    let kind = match lang {
        Lang::Vi => u.tag().name_vi(),
        Lang::En => u.tag().name_en(),
    };
    let _ = writeln!(
        s,
        "{} ({kind}, {}) — {} {year}\n",
        u.name,
        u.id,
        t(lang, "năm", "year")
    );
    let safety = tt124::decide_with_units(u, year, &rec.safety, &policy.additions, counts)?;
    let _ = writeln!(
        s,
        "1. {}",
        t(
            lang,
            "\"An toàn về ANTT\" (Thông tư 124/2021/TT-BCA)",
            "\"An toàn về ANTT\" (Circular 124/2021/TT-BCA)"
        )
    );
    s.push_str(&safety.render(lang));
    let subject = safety.outcome.is_subject();
    if let (Some(score), true) = (&rec.score, subject) {
        let c = policy.classify(u, year, &safety, score)?;
        let _ = writeln!(
            s,
            "\n2. {}",
            t(
                lang,
                "Phân loại phong trào (Quyết định 510/QĐ-BCA-V05)",
                "Movement class (Decision 510/QĐ-BCA-V05)"
            )
        );
        s.push_str(&c.render(lang));
    }
    if let (Some(facts), true) = (
        &rec.model_unit,
        subject && u.tag() != KindTag::ResidentialArea,
    ) {
        let catalogue = policy.catalogues.in_force(year, u.tag())?;
        let d = qd3554::decide(u, year, catalogue, facts)?;
        let _ = writeln!(s, "\n3. {}", t(lang, "Đơn vị điển hình", "Model unit"));
        s.push_str(&d.render(lang));
    }
    if let (Some(models), true) = (&rec.models, subject) {
        let d = policy.review_models(u, year, models)?;
        let _ = writeln!(
            s,
            "\n4. {}",
            t(lang, "Mô hình phong trào", "Movement models")
        );
        s.push_str(&d.render(lang));
    }
    if let Some(r) = report.unit(id) {
        if let (Some(b), Some(d)) = (r.recognised_by, r.deadline) {
            let _ = writeln!(
                s,
                "\n{}: {} — {} {}",
                t(lang, "Cơ quan công nhận", "Recognised by"),
                b.name(lang),
                t(lang, "hạn cuối", "last day"),
                d.format("%d/%m/%Y")
            );
        }
        if let (Some(b), Some(d)) = (r.classified_by, r.classification_deadline) {
            let _ = writeln!(
                s,
                "{}: {} — {} {}",
                t(lang, "Cơ quan xếp loại", "Classified by"),
                b.name(lang),
                t(lang, "hạn cuối", "last day"),
                d.format("%d/%m/%Y")
            );
        }
    }
    Ok(Some(s))
}
