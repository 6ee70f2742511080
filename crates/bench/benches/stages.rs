//! Criterion benchmarks of each stage of the pipeline at 258, 10,000 and 100,000 entries:
//! parse (YAML, and Rust source), the YAML parser's raw event pass (the floor of parsing),
//! validate, build the view, render each target, compare with a base. Fixtures are generated
//! here, not committed. `just bench` runs them.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use errcodes_model::{Registry, SourceFile};
use errcodes_targets::Target;
use errcodes_view::View;

const SIZES: [usize; 3] = [258, 10_000, 100_000];

fn registry(n: usize) -> Registry {
    let parsed = errcodes_yaml::parse(&SourceFile::new("bench.yaml", errcodes_bench::yaml(n)));
    parsed.registry.expect("a registry")
}

/// A valid registry: at most 65,536 distinct codes exist.
fn valid(n: usize) -> Registry {
    registry(n.min(65_536))
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    for n in SIZES {
        let yaml = errcodes_bench::yaml(n);
        let rust = errcodes_bench::rust(n);
        group.throughput(Throughput::Bytes(yaml.len() as u64));
        group.bench_with_input(BenchmarkId::new("yaml", n), &yaml, |b, text| {
            b.iter(|| {
                errcodes_yaml::parse(&SourceFile::new("bench.yaml", black_box(text.as_str())))
            });
        });
        // The floor of the YAML front-end: the parser's events alone, which it builds on.
        group.bench_with_input(
            BenchmarkId::new("yaml-parser-events", n),
            &yaml,
            |b, text| {
                b.iter(|| {
                    granit_parser::Parser::new_from_str(black_box(text))
                        .map_while(Result::ok)
                        .count()
                });
            },
        );
        group.throughput(Throughput::Bytes(rust.len() as u64));
        group.bench_with_input(BenchmarkId::new("rust-source", n), &rust, |b, text| {
            b.iter(|| {
                errcodes_rust_source::parse(
                    &SourceFile::new("bench.rs", black_box(text.as_str())),
                    None,
                )
            });
        });
    }
    group.finish();
}

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    for n in SIZES {
        let all = registry(n);
        group.bench_with_input(BenchmarkId::new("validate", n), &all, |b, r| {
            b.iter(|| errcodes_check::check(black_box(r)))
        });
        let valid = valid(n);
        group.bench_with_input(BenchmarkId::new("view", n), &valid, |b, r| {
            b.iter(|| View::new(black_box(r)))
        });
        let view = View::new(&valid).expect("a view");
        for &target in Target::ALL {
            let id = BenchmarkId::new(
                format!("render-{}", target.display_name().to_lowercase()),
                n,
            );
            group.bench_with_input(id, &view, |b, v| {
                b.iter(|| errcodes_targets::package(target, black_box(v)))
            });
        }
        group.bench_with_input(BenchmarkId::new("compare", n), &valid, |b, r| {
            b.iter(|| errcodes_compat::compare(Some(black_box(r)), black_box(r), "base"));
        });
    }
    group.finish();
}

criterion_group!(benches, parse, stages);
criterion_main!(benches);
