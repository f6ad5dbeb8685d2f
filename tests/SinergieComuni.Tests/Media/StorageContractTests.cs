using System.Security.Cryptography;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>What every <see cref="IFileStorage"/> must do, run against the disk folder and a real S3-compatible server.</summary>
public abstract class StorageContractTests
{
    protected abstract IFileStorage Storage { get; }

    private static CancellationToken None => CancellationToken.None;

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private async Task<byte[]?> ReadAsync(string key)
    {
        await using var stream = await Storage.OpenReadAsync(key, None);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<List<(string Key, DateTime WrittenUtc)>> ListAsync(string prefix)
    {
        var items = new List<(string, DateTime)>();
        await foreach (var item in Storage.ListAsync(prefix, None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task A_saved_file_reads_back_the_same_bytes_and_a_second_save_replaces_it()
    {
        var key = NewKey();

        await Storage.SaveAsync(key, new MemoryStream("prima versione"u8.ToArray()), None);
        Assert.Equal("prima versione"u8.ToArray(), await ReadAsync(key));

        await Storage.SaveAsync(key, new MemoryStream("seconda"u8.ToArray()), None);
        Assert.Equal("seconda"u8.ToArray(), await ReadAsync(key));
    }

    [Fact]
    public async Task A_missing_key_opens_as_null_and_deleting_it_is_not_an_error()
    {
        var key = NewKey();

        Assert.Null(await Storage.OpenReadAsync(key, None));
        await Storage.DeleteAsync(key, None);
    }

    [Fact]
    public async Task A_deleted_file_is_gone_from_reads_and_lists_and_can_be_deleted_again()
    {
        var key = "form-" + NewKey();
        await Storage.SaveAsync(key, new MemoryStream([1, 2, 3]), None);

        await Storage.DeleteAsync(key, None);

        Assert.Null(await Storage.OpenReadAsync(key, None));
        Assert.DoesNotContain(await ListAsync(key), item => item.Key == key);
        await Storage.DeleteAsync(key, None);
    }

    [Fact]
    public async Task Listing_by_prefix_returns_only_matching_keys_with_their_write_time_in_utc()
    {
        var prefix = FormEntryFile.StoragePrefix + Guid.NewGuid().ToString("N")[..12];
        string[] matching = [prefix + "a", prefix + "b", prefix + "-c"];
        var other = "x" + prefix;
        var before = DateTime.UtcNow.AddMinutes(-1);
        foreach (var key in matching.Append(other))
        {
            await Storage.SaveAsync(key, new MemoryStream([42]), None);
        }

        var after = DateTime.UtcNow.AddMinutes(1);

        var listed = await ListAsync(prefix);

        Assert.Equal(matching.Order(StringComparer.Ordinal), listed.Select(i => i.Key).Order(StringComparer.Ordinal));
        Assert.All(listed, item =>
        {
            Assert.Equal(DateTimeKind.Utc, item.WrittenUtc.Kind);
            Assert.InRange(item.WrittenUtc, before, after);
        });
    }

    [Fact]
    public async Task Listing_the_form_file_prefix_finds_form_files_but_not_stored_files()
    {
        var formFile = FormEntryFile.StoragePrefix + NewKey();
        var storedFile = new StoredFile { FileName = "foto.jpg", ContentType = "image/jpeg" }.StorageKey;
        await Storage.SaveAsync(formFile, new MemoryStream([1]), None);
        await Storage.SaveAsync(storedFile, new MemoryStream([2]), None);

        var listed = await ListAsync(FormEntryFile.StoragePrefix);

        Assert.Contains(listed, item => item.Key == formFile);
        Assert.DoesNotContain(listed, item => item.Key == storedFile);
        Assert.All(listed, item => Assert.StartsWith(FormEntryFile.StoragePrefix, item.Key, StringComparison.Ordinal));
        Assert.Equal([2], await ReadAsync(storedFile));
    }

    [Fact]
    public async Task A_five_megabyte_file_from_a_stream_that_cannot_seek_is_stored_whole()
    {
        var key = NewKey();
        var bytes = new byte[(5 * 1024 * 1024) + 321];
        new Random(7).NextBytes(bytes);

        await Storage.SaveAsync(key, new ForwardOnlyStream(bytes), None);

        var read = await ReadAsync(key);
        Assert.NotNull(read);
        Assert.Equal(bytes.Length, read.Length);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(read));
    }

    [Theory]
    [InlineData("../segreto")]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("nome con spazi")]
    public async Task Keys_outside_letters_digits_and_hyphens_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.SaveAsync(key, new MemoryStream([1]), None));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.OpenReadAsync(key, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync(key, None));
    }
}
