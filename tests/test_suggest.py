import difflib

from msklint.suggest import _closest, closest

NAMES = ["log.retention.ms", "log.retention.hours", "num.partitions", "Kafka:DescribeCluster"]


def test_closest_is_difflibs_best_match_or_nothing():
    assert closest("log.retention.msx", NAMES) == "log.retention.ms"
    assert (
        closest("num.partition", NAMES, cutoff=0.8)
        == difflib.get_close_matches("num.partition", NAMES, 1, 0.8)[0]
    )
    assert closest("zzz", NAMES) == ""


def test_ignore_case_gives_the_choice_as_written():
    assert closest("kafka:describecluster", NAMES, ignore_case=True) == "Kafka:DescribeCluster"
    assert closest("kafka:describecluster", NAMES, cutoff=0.99) == ""


def test_a_word_is_compared_with_the_vocabulary_once():
    _closest.cache_clear()
    for _ in range(50):
        closest("num.partitons", iter(NAMES))  # any iterable, a fresh one each time
    info = _closest.cache_info()
    assert (info.misses, info.hits) == (1, 49)
