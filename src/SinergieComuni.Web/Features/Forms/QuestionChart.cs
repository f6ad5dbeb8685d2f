namespace SinergieComuni.Web.Features.Forms;

/// <summary>How a question's results are drawn on the dashboard.</summary>
public enum QuestionChart
{
    /// <summary>Free answers (text, email, phone, file, hidden, consent): only the number of answers.</summary>
    None,

    /// <summary>Single and multiple choice, scale: one bar per option.</summary>
    Bars,

    /// <summary>Matrix: one stacked bar per statement, a segment per scale point.</summary>
    StackedBars,

    /// <summary>Number: contiguous bins.</summary>
    Histogram,

    /// <summary>Date: answers by month (or by year over long spans).</summary>
    Months,
}
