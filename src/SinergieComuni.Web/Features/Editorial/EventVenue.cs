using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>Where an event takes place.</summary>
public sealed class EventVenue
{
    [StringLength(200, ErrorMessage = "Il nome del luogo può avere al massimo 200 caratteri.")]
    public string? Name { get; set; }

    [StringLength(300, ErrorMessage = "L'indirizzo può avere al massimo 300 caratteri.")]
    public string? Address { get; set; }

    /// <summary>Key of the municipality vocabulary.</summary>
    [StringLength(100)]
    public string? Municipality { get; set; }

    [Range(-90, 90, ErrorMessage = "La latitudine deve essere un numero tra -90 e 90.")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "La longitudine deve essere un numero tra -180 e 180.")]
    public double? Longitude { get; set; }

    public bool HasPosition => Latitude is not null && Longitude is not null;
}
