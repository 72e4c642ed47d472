"""The typo stage: case files of fixes, texts it must never touch, switches and the user's lists."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from normalize.cli import main
from normalize.correct import Context, Settings, correct_text, survey

from .conftest import ROOT

CASES = [line.split("\t") for line in (ROOT / "tests" / "cases" / "typos.tsv")
         .read_text("utf-8").splitlines() if line and not line.startswith("#")]
NEGATIVE = [line for line in (ROOT / "tests" / "cases" / "typos-negative.txt")
            .read_text("utf-8").splitlines() if line and not line.startswith("#")]


DEFAULT = Settings()


def fix(line: str, settings: Settings = DEFAULT) -> str:
    return correct_text(line, Context(settings, survey([line]))).text


@pytest.mark.parametrize("label,original,expected", CASES, ids=[c[0] for c in CASES])
def test_typo_case(label, original, expected):
    assert fix(original) == expected


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:30] for t in NEGATIVE])
def test_correct_text_is_never_touched(text):
    assert fix(text) == text


def test_all_negative_lines_as_one_document_are_untouched():
    context = Context(Settings(), survey(NEGATIVE))
    assert [correct_text(line, context).text for line in NEGATIVE] == NEGATIVE


def test_the_document_decides_between_near_identical_words():
    lines = ["Điểm chỉ đạo Đại hội cấp cơ sở.", "Chọn điểm chỉ đạo Đại hội.",
             "Còn điểm chỉ đại Đại hội cấp trên.", "Chỉ thị số 35 và Chỉ thị số 45, Chỉ thị sô 48."]
    context = Context(Settings(), survey(lines))
    assert correct_text(lines[2], context).text == "Còn điểm chỉ đạo Đại hội cấp trên."
    assert correct_text(lines[3], context).text.endswith("Chỉ thị số 48.")


def test_a_common_word_needs_the_variant_on_both_sides_a_rare_one_on_the_left():
    lines = ["Đó là có thật.", "Anh là có lỗi.", "Chị là có tiền.", "Có người đã là cô giáo.",
             "Số điện thoại bàn.", "Gọi điện thoại.", "Máy điện thoại cũ.", "Số điện thoai cố định."]
    context = Context(Settings(), survey(lines))
    assert correct_text(lines[3], context).text == "Có người đã là cô giáo."  # "có giáo" unseen
    assert correct_text(lines[7], context).text == "Số điện thoại cố định."
    with_right = [*lines, "Không có giáo viên."]  # the variant seen before "giáo" too: it decides
    context = Context(Settings(), survey(with_right))
    assert correct_text(lines[3], context).text == "Có người đã là có giáo."


def test_a_word_a_vni_key_ends_is_its_own_context_not_a_number():
    lines = ["Điều 2 của luật.", "Khoản 3 của điều.", "Mục 4 của chương.", "Khoán đã dung2 cưa đang nổ.",
             "Điều 5 cưa luật."]
    context = Context(Settings(), survey(lines))
    assert correct_text(lines[3], context).text == "Khoán đã dùng cưa đang nổ."  # not "dùng của"
    assert correct_text(lines[4], context).text == "Điều 5 của luật."  # a number's context


def test_dominant_style_and_explicit_style():
    old = ["hòa bình", "sức khỏe", "thủy lợi", "hòa giải", "khỏe mạnh", "một hoà nhạc"]
    context = Context(Settings(), survey(old))
    assert correct_text(old[-1], context).text == "một hòa nhạc"
    assert fix("hòa bình", Settings(tone_style="new")) == "hoà bình"
    assert fix("hòa bình") == "hòa bình"  # one line shows no dominant style


def test_protected_words_replacements_threshold_and_switches():
    assert fix("tôi muon đi", Settings(protected=frozenset({"muon"}))) == "tôi muon đi"
    assert fix("nhà xưởng cty", Settings(replacements=(("cty", "công ty"),))) == \
        "nhà xưởng công ty"
    assert fix("tôi muon đi", Settings(threshold=0.99)) == "tôi muon đi"
    assert fix("với với", Settings(disabled=frozenset({"correct.doubled-word"}))) == "với với"
    assert fix("với với", Settings(protected=frozenset({"với với"}))) == "với với"


def test_corrections_are_recorded_with_rule_and_confidence():
    result = correct_text("Ban Chỉ đaọ họp", Context(Settings(), survey([])))
    (applied,) = result.applied
    assert (applied.original, applied.replacement, applied.rule) == ("đaọ", "đạo",
                                                                    "tone-placement")
    assert applied.confidence >= 0.9 and applied.at == 8


def test_cli_correct_with_user_files(tmp_path):
    (tmp_path / "dict.txt").write_text("# my names\nmuon\n", "utf-8")
    (tmp_path / "repl.tsv").write_text("cty\tcông ty\n", "utf-8")
    result = CliRunner().invoke(main, ["correct", "-", "--dictionary", str(tmp_path / "dict.txt"),
                                       "--replacements", str(tmp_path / "repl.tsv")],
                                input="tôi muon vào cty\nđaọ\n\n")
    assert result.stdout == "tôi muon vào công ty\nđạo\n\n"
    bad = CliRunner().invoke(main, ["correct", "-", "--replacements", str(tmp_path / "dict.txt")],
                             input="x\n")
    assert bad.exit_code == 2 and "wrong<TAB>right" in bad.output
