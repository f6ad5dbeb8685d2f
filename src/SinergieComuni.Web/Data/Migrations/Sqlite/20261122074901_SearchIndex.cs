using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    TagTerms = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryTerms = table.Column<string>(type: "TEXT", nullable: false),
                    BodyTerms = table.Column<string>(type: "TEXT", nullable: false),
                    SortTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveGeneration = table.Column<int>(type: "INTEGER", nullable: false),
                    BuildingGeneration = table.Column<int>(type: "INTEGER", nullable: true),
                    BuildTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    BuildDone = table.Column<int>(type: "INTEGER", nullable: false),
                    BuildStartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BuildHeartbeatUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastBuildFinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastBuildSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    LastBuildCount = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangeCounter = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchFacetValues",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchFacetValues", x => new { x.EntryId, x.Facet, x.Value });
                    table.ForeignKey(
                        name: "FK_SearchFacetValues_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchHoursExceptions",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Venue = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Opens = table.Column<int>(type: "INTEGER", nullable: true),
                    Closes = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchHoursExceptions", x => new { x.EntryId, x.Venue, x.Date });
                    table.ForeignKey(
                        name: "FK_SearchHoursExceptions_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchHoursSlots",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Venue = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Opens = table.Column<int>(type: "INTEGER", nullable: false),
                    Closes = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchHoursSlots", x => new { x.EntryId, x.Venue, x.Index });
                    table.ForeignKey(
                        name: "FK_SearchHoursSlots_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchLocations",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Venue = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchLocations", x => new { x.EntryId, x.Venue });
                    table.ForeignKey(
                        name: "FK_SearchLocations_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SearchState",
                columns: new[] { "Id", "ActiveGeneration", "BuildDone", "BuildHeartbeatUtc", "BuildStartedUtc", "BuildTotal", "BuildingGeneration", "ChangeCounter", "LastBuildCount", "LastBuildFinishedUtc", "LastBuildSeconds", "LastError" },
                values: new object[] { 1, 1, 0, null, null, 0, null, 0L, null, null, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Generation_Scope_ContentType_SortTitle",
                table: "SearchEntries",
                columns: new[] { "Generation", "Scope", "ContentType", "SortTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Generation_Scope_ItemId",
                table: "SearchEntries",
                columns: new[] { "Generation", "Scope", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_ItemId",
                table: "SearchEntries",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchFacetValues_Facet_Value_EntryId",
                table: "SearchFacetValues",
                columns: new[] { "Facet", "Value", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchHoursExceptions_Date",
                table: "SearchHoursExceptions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SearchHoursSlots_Day_Opens_Closes",
                table: "SearchHoursSlots",
                columns: new[] { "Day", "Opens", "Closes" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchLocations_Latitude_Longitude",
                table: "SearchLocations",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchWords_Word",
                table: "SearchWords",
                column: "Word",
                unique: true);

            // Full text: an FTS5 external-content table over the analysed columns, kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchFts" USING fts5(
                    "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms",
                    content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_fts_insert" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"(rowid, "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms")
                    VALUES (new."Id", new."TitleTerms", new."TagTerms", new."SummaryTerms", new."BodyTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_fts_delete" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms")
                    VALUES ('delete', old."Id", old."TitleTerms", old."TagTerms", old."SummaryTerms", old."BodyTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_fts_update" AFTER UPDATE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms")
                    VALUES ('delete', old."Id", old."TitleTerms", old."TagTerms", old."SummaryTerms", old."BodyTerms");
                    INSERT INTO "SearchFts"(rowid, "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms")
                    VALUES (new."Id", new."TitleTerms", new."TagTerms", new."SummaryTerms", new."BodyTerms");
                END;
                """);

            // Typos: an FTS5 trigram table over the vocabulary.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchWordsTrigram" USING fts5("Word", content='SearchWords', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchWords_trigram_insert" AFTER INSERT ON "SearchWords" BEGIN
                    INSERT INTO "SearchWordsTrigram"(rowid, "Word") VALUES (new."Id", new."Word");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchWords_trigram_delete" AFTER DELETE ON "SearchWords" BEGIN
                    INSERT INTO "SearchWordsTrigram"("SearchWordsTrigram", rowid, "Word") VALUES ('delete', old."Id", old."Word");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchWords_trigram_delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchWords_trigram_insert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWordsTrigram\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_fts_update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_fts_delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_fts_insert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchFts\";");

            migrationBuilder.DropTable(
                name: "SearchFacetValues");

            migrationBuilder.DropTable(
                name: "SearchHoursExceptions");

            migrationBuilder.DropTable(
                name: "SearchHoursSlots");

            migrationBuilder.DropTable(
                name: "SearchLocations");

            migrationBuilder.DropTable(
                name: "SearchState");

            migrationBuilder.DropTable(
                name: "SearchWords");

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
