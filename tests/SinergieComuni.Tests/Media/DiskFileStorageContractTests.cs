using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Tests.Media;

/// <summary>The storage contract on the data folder (Storage:Provider=Disk, the default).</summary>
public sealed class DiskFileStorageContractTests : StorageContractTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-disk-storage-").FullName;

    public DiskFileStorageContractTests() =>
        Storage = new DiskFileStorage(Options.Create(new AppOptions { DataPath = folder }), new HostingEnvironment { ContentRootPath = folder, EnvironmentName = "Testing" });

    protected override IFileStorage Storage { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
