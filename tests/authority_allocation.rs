//! Routing allocates nothing on the success path (the year pipeline routes ~300,000 units):
//! routes borrow `'static` tables. Counted with a per-thread counting allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use antq::authority::{route, Procedure};
use antq::unit::{CommuneType, ManagingLevel, SchoolLevel, Unit, UnitKind};
use chrono::NaiveDate;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn route_success_path_allocates_nothing() {
    let units = vec![
        Unit::new(
            "b",
            "Bản",
            UnitKind::ResidentialArea,
            ManagingLevel::Commune,
        )
        .in_commune("x"),
        Unit::new(
            "x",
            "Xã",
            UnitKind::Commune {
                commune_type: CommuneType::Xa,
            },
            ManagingLevel::Province,
        ),
        {
            let mut u = Unit::new(
                "s",
                "Trường",
                UnitKind::School {
                    level: SchoolLevel::UpperSecondary,
                    armed_forces: false,
                },
                ManagingLevel::Province,
            );
            u.delegated_to = Some(ManagingLevel::Commune);
            u
        },
    ];
    let date = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    for p in [
        Procedure::SafetyRecognition,
        Procedure::MovementClassification,
    ] {
        for u in &units {
            let n = allocations_during(|| {
                let r = route(p, u, date).unwrap();
                std::hint::black_box(&r);
            });
            assert_eq!(n, 0, "{p:?} {}", u.id);
        }
    }
    // The counter works: an error path formats a message and does allocate.
    let bad = Unit::new(
        "b",
        "Bản",
        UnitKind::ResidentialArea,
        ManagingLevel::Province,
    )
    .in_commune("x");
    assert!(
        allocations_during(|| {
            let _ = std::hint::black_box(route(Procedure::SafetyRecognition, &bad, date));
        }) > 0
    );
}
