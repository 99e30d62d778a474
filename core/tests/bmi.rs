//! BMI = kg / m², shown and compared with one decimal.

use kenshin_core::bmi::bmi;

#[test]
fn bmi_to_one_decimal() {
    #[rustfmt::skip]
    let table = [
        // height cm, weight kg → BMI
        (170.0, 60.0, 20.8),
        (170.0, 75.0, 26.0),
        (160.0, 64.0, 25.0),
        (160.0, 63.9, 25.0), // 24.96
        (160.0, 63.8, 24.9), // 24.92
        (180.0, 81.0, 25.0),
    ];
    for (height, weight, expected) in table {
        assert_eq!(bmi(height, weight), expected, "{height} cm {weight} kg");
    }
}
