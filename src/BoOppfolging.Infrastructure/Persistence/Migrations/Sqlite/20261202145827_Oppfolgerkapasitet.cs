using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Oppfolgerkapasitet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Oppfolgerkapasitet",
                columns: table => new
                {
                    BrukerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutterPerUke = table.Column<int>(type: "INTEGER", nullable: false),
                    EndretAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Endret = table.Column<long>(type: "INTEGER", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Oppfolgerkapasitet", x => x.BrukerId);
                    table.CheckConstraint("CK_Oppfolgerkapasitet_Minutter", "[MinutterPerUke] >= 0 AND [MinutterPerUke] <= 10080");
                    table.ForeignKey(
                        name: "FK_Oppfolgerkapasitet_AspNetUsers_BrukerId",
                        column: x => x.BrukerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Oppfolgerkapasitet");
        }
    }
}
