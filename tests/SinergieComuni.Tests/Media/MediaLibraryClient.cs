using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Media;

/// <summary>A signed-in editor on the media library: uploads through the JSON endpoint or the plain form.</summary>
public sealed class MediaLibraryClient(SinergieAppFactory factory, HttpClient client, string token) : IDisposable
{
    public HttpClient Http => client;

    public string Token => token;

    public static async Task<MediaLibraryClient> SignInAsync(SinergieAppFactory factory, string role = Roles.Editor)
    {
        var client = await factory.SignedInClientAsync(role);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/backoffice/media"));
        return new MediaLibraryClient(factory, client, token);
    }

    public void Dispose() => client.Dispose();

    public static MultipartFormDataContent Form(string token, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            if (name.Any(char.IsControl))
            {
                // A name with control characters travels as RFC 5987 filename*, as a hand-made request would send it.
                content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileNameStar = name };
                form.Add(content);
            }
            else
            {
                form.Add(content, "files", name);
            }
        }

        return form;
    }

    /// <summary>POSTs to the JSON endpoint; returns the status and the parsed body.</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> UploadJsonAsync(Guid? folderId = null, params (string Name, byte[] Bytes)[] files)
    {
        var form = Form(token, files);
        if (folderId is { } folder)
        {
            form.Add(new StringContent(folder.ToString()), "folderId");
        }

        var response = await client.PostAsync("/backoffice/media/caricamento", form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Uploads one valid file and returns its id.</summary>
    public async Task<Guid> UploadAsync(string name, byte[] bytes, Guid? folderId = null)
    {
        var (status, body) = await UploadJsonAsync(folderId, (name, bytes));
        Assert.True(status == System.Net.HttpStatusCode.OK, body.ToString());
        return body.GetProperty("results")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Stored files, library items and files on disk: what a refused upload must leave unchanged.</summary>
    public async Task<(int Files, int Items, int OnDisk)> StoredAsync()
    {
        var folder = Path.Combine(factory.DataPath, "files");
        var onDisk = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        return (await factory.DbAsync(db => db.StoredFiles.CountAsync()), await factory.DbAsync(db => db.MediaItems.CountAsync()), onDisk);
    }
}
