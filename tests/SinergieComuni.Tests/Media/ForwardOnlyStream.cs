namespace SinergieComuni.Tests.Media;

/// <summary>Bytes readable once, front to back, like a request body: no length, no seeking.</summary>
public sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Math.Min(count, bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, read);
        position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
