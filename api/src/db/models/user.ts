import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { Role } from '@info-parquet/common';

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<string>;
  declare email: string;
  declare passwordHash: string | null;
  declare displayName: string;
  declare role: Role;
  declare juridictionId: string | null;
  declare active: CreationOptional<boolean>;
  declare oidcIssuer: CreationOptional<string | null>;
  declare oidcSubject: CreationOptional<string | null>;
  declare lastLoginAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize) {
    User.init(
      {
        id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
        email: { type: DataTypes.TEXT, allowNull: false },
        passwordHash: DataTypes.TEXT,
        displayName: { type: DataTypes.TEXT, allowNull: false },
        role: { type: DataTypes.TEXT, allowNull: false },
        juridictionId: DataTypes.TEXT,
        active: { type: DataTypes.BOOLEAN, defaultValue: true },
        oidcIssuer: DataTypes.TEXT,
        oidcSubject: DataTypes.TEXT,
        lastLoginAt: DataTypes.DATE,
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'users', underscored: true },
    );
  }
}
