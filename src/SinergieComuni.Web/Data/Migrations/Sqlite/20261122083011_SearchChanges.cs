using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchChanges",
                columns: table => new
                {
                    Counter = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchChanges", x => x.Counter);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchChanges");
        }
    }
}
