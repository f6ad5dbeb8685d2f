using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Features.PageCache;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.Services.AddData().AddIdentityFeature().AddContent().AddServices().AddMedia().AddSearch().AddMaps().AddForms().AddNavigation().AddPageCache();

var app = builder.Build();
app.UseInfrastructure();
app.UsePageCache();
app.MapInfrastructure();
app.MapIdentityFeature();
app.MapContent();
app.MapServices();
app.MapMedia();
app.MapSearch();
app.MapMaps();
app.MapForms();
app.MapNavigation();

await app.InitialiseDatabaseAsync();
if (await app.RunCommandAsync(args))
{
    return;
}

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
