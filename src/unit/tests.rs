use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// `Unit::validate`'s fast predicate accepts exactly what its full checks accept, for every
/// kind, commune type, managing and delegated level, with and without a commune and size
/// data, on both sides of 1/7/2025 (the regime change that decides the commune type and
/// district checks).
#[test]
fn fast_validation_accepts_exactly_what_the_full_checks_accept() {
    let size = EnterpriseSize {
        sector: Sector::TradeServices,
        average_insured_employees: None,
        monthly_insured_employees: None,
        revenue: None,
        total_capital: None,
        months_in_operation: None,
    };
    let mut kinds = vec![
        UnitKind::ResidentialArea,
        UnitKind::Agency {
            armed_forces: false,
        },
        UnitKind::Enterprise { size: None },
        UnitKind::Enterprise { size: Some(size) },
        UnitKind::School {
            level: SchoolLevel::Primary,
            armed_forces: true,
        },
    ];
    for commune_type in [
        CommuneType::Xa,
        CommuneType::Phuong,
        CommuneType::ThiTran,
        CommuneType::DacKhu,
    ] {
        kinds.push(UnitKind::Commune { commune_type });
    }
    let levels = [
        ManagingLevel::Commune,
        ManagingLevel::District,
        ManagingLevel::Province,
        ManagingLevel::Ministry,
    ];
    let dates = [
        d(2024, 11, 1),
        d(2025, 6, 30),
        d(2025, 7, 1),
        d(2026, 11, 1),
    ];
    let mut rejected = 0;
    for kind in &kinds {
        for managed_by in levels {
            for delegated_to in levels.map(Some).into_iter().chain([None]) {
                for commune in [None, Some(UnitId::from("xa"))] {
                    let mut u = Unit::new("u", "U", kind.clone(), managed_by);
                    u.delegated_to = delegated_to;
                    u.commune = commune;
                    for date in dates {
                        let full = u.invalid_on(date).is_ok();
                        assert_eq!(u.is_valid_on(date), full, "{u:?} on {date}");
                        assert_eq!(u.validate(date).is_ok(), full);
                        rejected += usize::from(!full);
                    }
                }
            }
        }
    }
    assert!(rejected > 0, "both sides are exercised");
}

#[test]
fn thi_tran_exists_until_30_6_2025_and_dac_khu_from_1_7_2025() {
    assert!(CommuneType::ThiTran.exists_on(d(2025, 6, 30)));
    assert!(!CommuneType::ThiTran.exists_on(d(2025, 7, 1)));
    assert!(!CommuneType::DacKhu.exists_on(d(2025, 6, 30)));
    assert!(CommuneType::DacKhu.exists_on(d(2025, 7, 1)));
}

#[test]
fn thi_tran_in_2026_is_an_error_naming_unit_and_field() {
    let u = Unit::new(
        "tt-1",
        "Thị trấn A",
        UnitKind::Commune {
            commune_type: CommuneType::ThiTran,
        },
        ManagingLevel::District,
    );
    let e = u.validate(d(2026, 11, 1)).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("tt-1") && msg.contains("commune_type"),
        "{msg}"
    );
}

#[test]
fn enterprise_without_size_data_is_an_error() {
    let u = Unit::new(
        "dn-1",
        "DN",
        UnitKind::Enterprise { size: None },
        ManagingLevel::Commune,
    );
    assert!(u
        .validate(d(2026, 11, 1))
        .unwrap_err()
        .to_string()
        .contains("size"));
}
