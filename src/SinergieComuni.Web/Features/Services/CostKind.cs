namespace SinergieComuni.Web.Features.Services;

/// <summary>How a cost option is paid: the "costo" facet.</summary>
public enum CostKind
{
    Free,
    Paid,
    IseeBased,
    CompanyWelfare,
}
