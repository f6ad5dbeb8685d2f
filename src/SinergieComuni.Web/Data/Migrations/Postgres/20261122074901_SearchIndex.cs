using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleTerms = table.Column<string>(type: "text", nullable: false),
                    TagTerms = table.Column<string>(type: "text", nullable: false),
                    SummaryTerms = table.Column<string>(type: "text", nullable: false),
                    BodyTerms = table.Column<string>(type: "text", nullable: false),
                    SortTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    MaximumAge = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ActiveGeneration = table.Column<int>(type: "integer", nullable: false),
                    BuildingGeneration = table.Column<int>(type: "integer", nullable: true),
                    BuildTotal = table.Column<int>(type: "integer", nullable: false),
                    BuildDone = table.Column<int>(type: "integer", nullable: false),
                    BuildStartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BuildHeartbeatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastBuildFinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastBuildSeconds = table.Column<int>(type: "integer", nullable: true),
                    LastBuildCount = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChangeCounter = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Term = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchFacetValues",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Facet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Venue = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Opens = table.Column<int>(type: "integer", nullable: true),
                    Closes = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
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
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Venue = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Opens = table.Column<int>(type: "integer", nullable: false),
                    Closes = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
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
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Venue = table.Column<int>(type: "integer", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false)
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

            // Full text: a stored weighted tsvector over the analysed columns (already folded and stemmed by our analyser), GIN-indexed.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, "TitleTerms"), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, "TagTerms"), 'B') ||
                    setweight(to_tsvector('simple'::regconfig, "SummaryTerms"), 'C') ||
                    setweight(to_tsvector('simple'::regconfig, "BodyTerms"), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");""");

            // Typos: trigram similarity on the vocabulary.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchWords_Word_trgm" ON "SearchWords" USING GIN ("Word" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_SearchWords_Word_trgm\";");

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
