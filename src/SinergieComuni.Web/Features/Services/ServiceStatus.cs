namespace SinergieComuni.Web.Features.Services;

/// <summary>HSDS service.status.</summary>
public enum ServiceStatus
{
    Active,
    Inactive,
    TemporarilyClosed,
    Defunct,
}
