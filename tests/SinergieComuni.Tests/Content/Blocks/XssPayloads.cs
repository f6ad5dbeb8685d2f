namespace SinergieComuni.Tests.Content.Blocks;

/// <summary>Cross-site scripting attempts in rich text, and what must never come out of the sanitiser.</summary>
public static class XssPayloads
{
    public static IReadOnlyList<string> All { get; } =
    [
        "<script>alert('xss-script')</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=\"alert('xss-img')\">",
        "<svg onload=\"alert('xss-svg')\"><circle r=\"1\"/></svg>",
        "<math><mtext><a href=\"javascript:alert(1)\">m</a></mtext></math>",
        "<a href=\"javascript:alert('xss-link')\">link1</a>",
        "<a href=\"JaVaScRiPt:alert(2)\">link2</a>",
        "<a href=\"  javascript:alert(3)\">link3</a>",
        "<a href=\"java\tscript:alert(4)\">link4</a>",
        "<a href=\"&#106;avascript:alert(5)\">link5</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(6)\">link6</a>",
        "<a href=\"vbscript:msgbox(7)\">link7</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==\">link8</a>",
        "<p style=\"width: expression(alert(9)); background:url(javascript:alert(10))\">styled</p>",
        "<div style=\"behavior: url(x.htc)\">behaviour</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(11)</script>\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(12)\">invia</button><input name=\"x\"></form>",
        "<p onclick=\"alert(13)\" onmouseover=\"alert(14)\">hover</p>",
        "<a href=\"/ok\" onfocus=\"alert(15)\" autofocus>focus</a>",
        "<style>body{background:url(javascript:alert(16))}</style>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTcpPjwvc3ZnPg==\">",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(18)\">",
        "<template><script>alert(19)</script></template><noscript><p title=\"</noscript><img src=x onerror=alert(20)>\"></noscript>",
    ];

    /// <summary>Fragments that must not appear in the output, case-insensitively.</summary>
    public static IReadOnlyList<string> Forbidden { get; } =
    [
        "<script", "</script", "onerror", "onload", "onclick", "onmouseover", "onfocus", "javascript:", "vbscript:", "data:text", "data:image",
        "<svg", "<math", "<iframe", "srcdoc", "<object", "<embed", "<form", "formaction", "<button", "<input", "style=", "expression(",
        "<style", "<base", "<meta", "<template", "<noscript", "alert(", "evil.example",
    ];

    /// <summary>Allowed formatting that must survive.</summary>
    public const string Allowed =
        "<h2>Sezione</h2><h3>Sottosezione</h3><p>Testo <strong>forte</strong>, <em>enfasi</em> e <a href=\"https://www.esempio.it/pagina\">un link esterno</a> e <a href=\"/servizi\">uno interno</a>.</p>" +
        "<ul><li>primo</li><li>secondo</li></ul><ol><li>uno</li></ol><blockquote>citazione</blockquote><a href=\"mailto:info@esempio.it\">scrivici</a>";
}
