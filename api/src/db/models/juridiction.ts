import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { JuridictionType } from '@info-parquet/common';

export class Juridiction extends Model<InferAttributes<Juridiction>, InferCreationAttributes<Juridiction>> {
  declare id: string;
  declare type: JuridictionType;
  declare nom: string;
  declare siege: string;
  declare siegeCodeInsee: string | null;
  declare departementCode: string | null;
  declare courAppel: string | null;
  declare chambresProximite: CreationOptional<string[]>;
  declare departementsRessort: CreationOptional<string[]>;
  declare adresse: CreationOptional<string>;
  declare emailBureauOrdre: string;
  declare emailPermanence: string;
  declare telephonePermanence: CreationOptional<string>;
  declare urgenceDelaiMinutes: CreationOptional<number>;
  declare competence: CreationOptional<string>;
  declare active: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize) {
    Juridiction.init(
      {
        id: { type: DataTypes.TEXT, primaryKey: true },
        type: { type: DataTypes.TEXT, allowNull: false },
        nom: { type: DataTypes.TEXT, allowNull: false },
        siege: { type: DataTypes.TEXT, allowNull: false },
        siegeCodeInsee: DataTypes.TEXT,
        departementCode: DataTypes.TEXT,
        courAppel: DataTypes.TEXT,
        chambresProximite: { type: DataTypes.ARRAY(DataTypes.TEXT), defaultValue: [] },
        departementsRessort: { type: DataTypes.ARRAY(DataTypes.TEXT), defaultValue: [] },
        adresse: { type: DataTypes.TEXT, defaultValue: '' },
        emailBureauOrdre: { type: DataTypes.TEXT, allowNull: false },
        emailPermanence: { type: DataTypes.TEXT, allowNull: false },
        telephonePermanence: { type: DataTypes.TEXT, defaultValue: '' },
        urgenceDelaiMinutes: { type: DataTypes.INTEGER, defaultValue: 120 },
        competence: { type: DataTypes.TEXT, defaultValue: '' },
        active: { type: DataTypes.BOOLEAN, defaultValue: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'juridictions', underscored: true },
    );
  }
}
