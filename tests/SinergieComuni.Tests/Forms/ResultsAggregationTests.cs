using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>The parts of the results that need no database: histogram bins, the public page's privacy rules, CSV cells.</summary>
public sealed class ResultsAggregationTests
{
    [Fact]
    public void Few_integer_answers_get_one_bin_per_value_including_the_empty_ones()
    {
        var bins = FormResults.Histogram([1m, 2m, 2m, 4m]);

        Assert.Equal([("1", 1), ("2", 2), ("3", 0), ("4", 1)], bins);
    }

    [Fact]
    public void Widely_spread_integers_get_eight_equal_integer_bins_that_hold_every_answer()
    {
        var ages = Enumerable.Range(18, 64).Select(a => (decimal)a).ToList(); // 18…81

        var bins = FormResults.Histogram(ages);

        Assert.Equal(8, bins.Count);
        Assert.Equal("18–25", bins[0].Label);
        Assert.Equal("74–81", bins[^1].Label);
        Assert.All(bins, b => Assert.Equal(8, b.Count));
    }

    [Fact]
    public void Decimal_answers_get_eight_bins_whose_last_includes_the_largest_answer()
    {
        var bins = FormResults.Histogram([1.5m, 2m, 2.25m, 3.5m, 5.5m]);

        Assert.Equal(8, bins.Count);
        Assert.Equal("da 1,5 a 2", bins[0].Label);
        Assert.Equal(5, bins.Sum(b => b.Count));
        Assert.Equal(1, bins[^1].Count);
    }

    [Fact]
    public void A_single_hidden_group_of_a_single_choice_hides_the_next_smallest_so_it_cannot_be_subtracted()
    {
        var question = new QuestionResults("q", "Domanda", FormFieldType.SingleChoice, QuestionChart.Bars, 20,
            [new("A", 12, 0.6), new("B", 5, 0.25), new("C", 3, 0.15)], [], []);
        var report = new FormResultsReport(20, 1, [question], ResultsFilter.None);

        var counts = ResultsPrivacy.ForPublic(report).Questions[0].Counts;

        Assert.Equal([12, null, null], counts.Select(c => c.Count));
        Assert.Null(counts[2].Share);
    }

    [Fact]
    public void Multiple_choice_groups_do_not_add_up_to_the_total_so_only_the_small_ones_are_hidden()
    {
        var question = new QuestionResults("q", "Domanda", FormFieldType.MultipleChoice, QuestionChart.Bars, 20,
            [new("A", 12, 0.6), new("B", 5, 0.25), new("C", 3, 0.15)], [], []);
        var report = new FormResultsReport(20, 1, [question], ResultsFilter.None);

        Assert.Equal([12, 5, null], ResultsPrivacy.ForPublic(report).Questions[0].Counts.Select(c => c.Count));
    }

    [Fact]
    public void A_total_under_five_hides_every_question()
    {
        var question = new QuestionResults("q", "Domanda", FormFieldType.SingleChoice, QuestionChart.Bars, 4, [new("A", 4, 1)], [], []);

        var report = ResultsPrivacy.ForPublic(new FormResultsReport(4, 1, [question], ResultsFilter.None));

        Assert.True(report.TooFewAnswers);
        Assert.Empty(report.Questions);
    }

    [Theory]
    [InlineData("=SOMMA(A1)", "'=SOMMA(A1)")]
    [InlineData("+39 02", "'+39 02")]
    [InlineData("-3", "'-3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("Sì; spesso", "\"Sì; spesso\"")]
    [InlineData("Il \"nido\"", "\"Il \"\"nido\"\"\"")]
    [InlineData("Nido", "Nido")]
    public void Csv_cells_are_quoted_and_formulas_neutralised(string value, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(CsvWriter.ToBytes(new SpreadsheetTable([value], []))).TrimStart('\uFEFF').TrimEnd('\r', '\n'));
}
