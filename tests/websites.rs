//! The website inventory (issue 11) read from the Soppeng study's own table (seed 003,
//! retyped one site a line: the Dinas Sosial and Diskominfo have two sites each, the RSUD
//! none), and the share of active sites the study's numbers give.

use cermat::websites::{parse_pasted, Tally, MAX_SITES};

#[test]
fn the_soppeng_table_gives_twenty_active_sites_of_thirty_nine() {
    let table = include_str!("support/websites/soppeng.tsv");
    let pasted = parse_pasted(table, MAX_SITES);
    assert!(pasted.skipped.is_empty(), "{:?}", pasted.skipped);
    assert_eq!(pasted.sites.len(), 40, "39 sites and the RSUD without one");
    assert_eq!(pasted.sites[28].name, "Dinas Sosial");
    assert_eq!(pasted.sites[28].address, "dinsoskabsoppeng.blogspot.com");
    let tally = Tally::of(&pasted.sites);
    assert_eq!(tally.sites, 39);
    assert_eq!(tally.active, 20);
    assert_eq!(tally.without_site, 1);
    assert_eq!(tally.active_percent(), Some(51));
    assert_eq!(pasted.without_status, 0);
}
