/work/main/core/target/debug/deps/kenshin_core-bce98253d5eec64b.d: src/lib.rs src/checkup_date.rs src/criteria.rs src/egfr.rs src/field.rs src/input.rs src/number.rs src/precautions.rs src/verdict.rs

/work/main/core/target/debug/deps/libkenshin_core-bce98253d5eec64b.rlib: src/lib.rs src/checkup_date.rs src/criteria.rs src/egfr.rs src/field.rs src/input.rs src/number.rs src/precautions.rs src/verdict.rs

/work/main/core/target/debug/deps/libkenshin_core-bce98253d5eec64b.rmeta: src/lib.rs src/checkup_date.rs src/criteria.rs src/egfr.rs src/field.rs src/input.rs src/number.rs src/precautions.rs src/verdict.rs

src/lib.rs:
src/checkup_date.rs:
src/criteria.rs:
src/egfr.rs:
src/field.rs:
src/input.rs:
src/number.rs:
src/precautions.rs:
src/verdict.rs:
