using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Maalstatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Maalstatuser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    SistEndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Historikk = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maalstatuser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Maalstatuser_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Maalstatuser_SakId_MaalId",
                table: "Maalstatuser",
                columns: new[] { "SakId", "MaalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Maalstatuser");
        }
    }
}
